#ifndef CSWIFTRUNTIME_H
#define CSWIFTRUNTIME_H

// Entry points of the Swift runtime (libswiftCore) that PyRuntime calls by hand.
//
// The interpreter is single-threaded, so its own reference counting uses the nonatomic
// variants. The compiler emits those for its implicit retains under -assume-single-threaded,
// but an explicit retain (Unmanaged.retain()) stays atomic; Stack.swift's hand-written value
// copy calls this one instead. Declared here because Swift code may not name runtime symbols.
void *_Nonnull swift_nonatomic_retain(void *_Nonnull object);

#endif
