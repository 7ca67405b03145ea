#ifndef CNUMPYKERNELS_H
#define CNUMPYKERNELS_H
#include <stddef.h>

/* Element-wise kernels that Swift cannot get vectorised: square roots without libm's errno
   path, and max/min reductions that propagate NaN. */
void jb_sqrt_f64(const double *src, double *dst, ptrdiff_t n);
double jb_max_f64(const double *src, ptrdiff_t n);
double jb_min_f64(const double *src, ptrdiff_t n);

/* The CPU's floating-point exception flags, for NumPy's error reports: clear them before a
   loop, read them after (bit 1 divide by zero, bit 2 overflow, bit 4 invalid). */
void jb_fp_clear(void);
int jb_fp_flags(void);

#endif
