/// `gc`: reference counting frees everything here as it goes, so there is no collector to run;
/// the module keeps CPython's interface for code that switches collection off while timing
/// (`timeit` does) or asks for a collection.
enum GCModule {
    nonisolated(unsafe) static var enabled = true

    static func make() -> PyModule {
        let m = PyModule(name: "gc")
        func function(_ name: String, _ body: @escaping NativeFunction) {
            m.dict!.setItem(name, .object(PyBuiltinFunction(name: name, module: "gc", body)))
        }
        function("collect") { (a) throws(PyException) -> PyValue in .int(0) }
        function("enable") { (_) throws(PyException) -> PyValue in
            enabled = true
            return .none
        }
        function("disable") { (_) throws(PyException) -> PyValue in
            enabled = false
            return .none
        }
        function("isenabled") { (_) throws(PyException) -> PyValue in .bool(enabled) }
        return m
    }
}
