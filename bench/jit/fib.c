/* fib(27) in C, the floor for the jitted version (bench/jit.py builds it with gcc -O2). */
#include <stdio.h>
#include <time.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    double best = 1e9;
    volatile long sink = 0;
    for (int i = 0; i < 20; i++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        sink += fib(27);
        clock_gettime(CLOCK_MONOTONIC, &b);
        double ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
        if (ms < best) best = ms;
    }
    printf("fib27_ms %f\n", best);
    return sink == 0;
}
