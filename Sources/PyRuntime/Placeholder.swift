import PySyntax
import PyBytecode
