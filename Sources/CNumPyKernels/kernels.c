#include "CNumPyKernels.h"
#include <immintrin.h>
#include <fenv.h>
#include <math.h>

void jb_sqrt_f64(const double *restrict src, double *restrict dst, ptrdiff_t n) {
    for (ptrdiff_t i = 0; i < n; i++) dst[i] = sqrt(src[i]);
}

/* NaN anywhere wins, as in NumPy's maximum/minimum reductions: AVX2 max/min four lanes at a
   time, with an unordered compare collecting NaNs on the side. */
static double extreme(const double *src, ptrdiff_t n, int want_max) {
    __m256d best = _mm256_set1_pd(src[0]);
    __m256d nan = _mm256_setzero_pd();
    ptrdiff_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256d x = _mm256_loadu_pd(src + i);
        best = want_max ? _mm256_max_pd(best, x) : _mm256_min_pd(best, x);  /* x wins ties, as NumPy's SIMD loop */
        nan = _mm256_or_pd(nan, _mm256_cmp_pd(x, x, _CMP_UNORD_Q));
    }
    double lanes[4];
    _mm256_storeu_pd(lanes, best);
    double result = lanes[0];
    for (int k = 1; k < 4; k++) result = want_max ? (lanes[k] >= result ? lanes[k] : result)
                                                  : (lanes[k] <= result ? lanes[k] : result);
    int saw_nan = _mm256_movemask_pd(nan) != 0;
    for (; i < n; i++) {
        double x = src[i];
        if (x != x) saw_nan = 1;
        result = want_max ? (x >= result ? x : result) : (x <= result ? x : result);
    }
    return saw_nan || src[0] != src[0] ? NAN : result;
}

double jb_max_f64(const double *src, ptrdiff_t n) { return extreme(src, n, 1); }
double jb_min_f64(const double *src, ptrdiff_t n) { return extreme(src, n, 0); }

void jb_fp_clear(void) { feclearexcept(FE_ALL_EXCEPT); }

int jb_fp_flags(void) {
    int raised = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID);
    return ((raised & FE_DIVBYZERO) ? 1 : 0) | ((raised & FE_OVERFLOW) ? 2 : 0) | ((raised & FE_INVALID) ? 4 : 0);
}
