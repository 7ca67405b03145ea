// Declarations in include/CSwiftRuntime.h; SwiftPM needs a source file per C target.
#define _GNU_SOURCE
#include "CSwiftRuntime.h"
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>

/// Where a stack overflow in compiled code returns to (the innermost guarded call).
static sigjmp_buf *_Nullable guard_target;
static uintptr_t stack_low;

static void on_segv(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    uintptr_t fault = (uintptr_t)info->si_addr;
    // A fault within a megabyte of the stack's end is an overflow of it.
    if (guard_target && fault + (1u << 20) >= stack_low && fault < stack_low + (1u << 20)) {
        siglongjmp(*guard_target, 1);
    }
    struct sigaction standard = {0};
    standard.sa_handler = SIG_DFL;
    sigaction(signal_number, &standard, 0);
    raise(signal_number);
}

static void install(void) {
    pthread_attr_t attributes;
    void *base = 0;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
        if (pthread_attr_getstack(&attributes, &base, &size) == 0) {
            stack_low = (uintptr_t)base;
        }
        pthread_attr_destroy(&attributes);
    }
    stack_t alternate = {0};
    alternate.ss_size = 1u << 16;
    alternate.ss_sp = malloc(alternate.ss_size);
    if (!alternate.ss_sp || sigaltstack(&alternate, 0) != 0) return;
    struct sigaction action = {0};
    action.sa_sigaction = on_segv;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, 0);
}

int32_t jitbook_call_guarded(jitbook_entry_point entry, const uint64_t *args, uint64_t *results, int64_t *excinfo) {
    static int installed = 0;
    if (!installed) {
        installed = 1;
        install();
    }
    sigjmp_buf here;
    sigjmp_buf *outer = guard_target;
    if (sigsetjmp(here, 0)) {
        // Back from the handler: SIGSEGV is still blocked (the handler never returned).
        guard_target = outer;
        sigset_t segv;
        sigemptyset(&segv);
        sigaddset(&segv, SIGSEGV);
        pthread_sigmask(SIG_UNBLOCK, &segv, 0);
        return -1;
    }
    guard_target = &here;
    int32_t status = entry(args, results, excinfo);
    guard_target = outer;
    return status;
}
