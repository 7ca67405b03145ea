# A 2-D heat-diffusion stencil: the interior a[1:-1, 1:-1] is updated from shifted views.
import numpy as np

n = 6
u = np.zeros((n, n))
u[0, :] = 100.0
u[:, 0] = 50.0
alpha = 0.2
for step in range(20):
    interior = u[1:-1, 1:-1]
    lap = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * interior
    u[1:-1, 1:-1] = interior + alpha * lap
np.set_printoptions(precision=3)
print(u)
np.set_printoptions(precision=8)
print(repr(u[1:-1, 1:-1].sum()), repr(u.mean()), u.max(), u.argmax())
print(u[2, :].round(2), np.round(u[:, 2], 1))
