// PyBytecode: compiler, code objects, dis.
