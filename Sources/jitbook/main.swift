import CLLVM
import PyRuntime

print("Jitbook 0.1.0 (LLVM \(String(cString: jitbook_llvm_version())))")
