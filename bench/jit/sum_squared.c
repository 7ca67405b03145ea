/* sum_squared over 1e6 doubles in C, the floor for the jitted loop (bench/jit.py builds it with
   gcc -O2 -ffp-contract=off: the additions in order, as Python and Numba do them). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) static double sum_squared(const double *x, long n) {
    double total = 0.0;
    for (long i = 0; i < n; i++) total += x[i] * x[i];
    return total;
}

int main(void) {
    const long n = 1000000;
    double *x = malloc(n * sizeof *x);
    for (long i = 0; i < n; i++) x[i] = (double)((i * 2654435761u) % 1000003) / 1000003.0;
    double best = 1e9;
    volatile double sink = 0;
    for (int r = 0; r < 25; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        sink += sum_squared(x, n);
        clock_gettime(CLOCK_MONOTONIC, &b);
        double ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
        if (ms < best) best = ms;
    }
    printf("sum_squared_ms %f\n", best);
    free(x);
    return sink < 0;
}
