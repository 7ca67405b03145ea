total_sum = 0
def f():
    return total_summ

f()
