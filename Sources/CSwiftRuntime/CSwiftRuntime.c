// Declarations only (include/CSwiftRuntime.h); SwiftPM needs a source file per C target.
#include "CSwiftRuntime.h"
