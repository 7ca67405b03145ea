#include "CLLVM.h"
#include <stdio.h>

const char *jitbook_llvm_version(void) {
    static char buffer[32];
    unsigned major = 0, minor = 0, patch = 0;
    LLVMGetVersion(&major, &minor, &patch);
    snprintf(buffer, sizeof buffer, "%u.%u.%u", major, minor, patch);
    return buffer;
}
