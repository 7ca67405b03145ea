match = 1
case = 2
_ = 3
match.attr = case
print(match, case, _)
obj.match(case=_)
type = "soft in 3.12, a name in 3.11"
def match(case): return case
