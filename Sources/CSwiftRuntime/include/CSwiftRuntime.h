#ifndef CSWIFTRUNTIME_H
#define CSWIFTRUNTIME_H

// Entry points of the Swift runtime (libswiftCore) that PyRuntime calls by hand.
//
// The interpreter is single-threaded, so its own reference counting uses the nonatomic
// variants. The compiler emits those for its implicit retains under -assume-single-threaded,
// but an explicit retain (Unmanaged.retain()) stays atomic; Stack.swift's hand-written value
// copy calls this one instead. Declared here because Swift code may not name runtime symbols.
void *_Nonnull swift_nonatomic_retain(void *_Nonnull object);

#include <stdint.h>

/// A compiled function's entry point: argument slots, result slots, exception index.
typedef int32_t (*jitbook_entry_point)(const uint64_t *_Nonnull, uint64_t *_Nonnull, int64_t *_Nonnull);

/// Calls compiled code so that a native stack overflow (deep recursion in jitted code) returns
/// -1 instead of killing the process: a SIGSEGV handler on its own stack jumps back here when
/// the fault is at the end of the stack. Returns the entry point's status otherwise.
int32_t jitbook_call_guarded(jitbook_entry_point _Nonnull entry, const uint64_t *_Nonnull args,
                             uint64_t *_Nonnull results, int64_t *_Nonnull excinfo);

#endif
