a = 1; b = 2; c = 3
import os; import sys
x = 1;
if a: b = 1; c = 2
for i in range(3): print(i); continue
def f(): return 1; pass
class K: x = 1; y = 2
