#ifndef CNUMPYKERNELS_H
#define CNUMPYKERNELS_H
#include <stddef.h>

/* Element-wise kernels that Swift cannot get vectorised: square roots without libm's errno
   path, and max/min reductions that propagate NaN. */
void jb_sqrt_f64(const double *src, double *dst, ptrdiff_t n);
double jb_max_f64(const double *src, ptrdiff_t n);
double jb_min_f64(const double *src, ptrdiff_t n);

#endif
