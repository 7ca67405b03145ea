// Umbrella header for the LLVM 19 C API (Debian llvm-19-dev). The include/llvm-c and
// include/llvm/Config symlinks point into /usr/lib/llvm-19/include so SwiftPM needs no flags.
#ifndef JITBOOK_CLLVM_H
#define JITBOOK_CLLVM_H
#include <llvm-c/Core.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Orc.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/IRReader.h>

/// LLVM's version as "major.minor.patch", for `jitbook --version`.
const char *jitbook_llvm_version(void);
#endif
