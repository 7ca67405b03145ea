# full-stderr
# The failing frame is inside an imported helper module beside the script.
import m_broken

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))


good = ["alpha = 1", "beta = 22", "gamma=333"]
table = m_broken.load(good)
print(table)
print(m_broken.divide_all([10, 20, 30], 4))
bad = ["delta = 4", "epsilon: 5"]
print("loading bad lines")
table.update(m_broken.load(bad))
print(table)
