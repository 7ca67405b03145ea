/// A `traceback` object as `e.__traceback__` and `sys.exc_info()[2]` show it: a view of one
/// entry of an exception's traceback list, whose `tb_next` is a view of the next.
///
/// CPython links frames; we keep the entries as a list in the exception (outermost first) and
/// make these views on demand. `tb_frame` is None: frames are not first-class objects here.
public final class TracebackObject: PyObject {
    public let entries: [TracebackEntry]
    public let index: Int

    public init(_ entries: [TracebackEntry], at index: Int) {
        self.entries = entries
        self.index = index
        super.init(type: Types.traceback)
    }

    public var entry: TracebackEntry { entries[index] }

    static func install() {
        let t = Types.traceback
        func me(_ v: PyValue) throws(PyException) -> TracebackObject {
            guard case .object(let o) = v, let tb = o as? TracebackObject else {
                throw .typeError("descriptor requires a 'traceback' object but received a '\(v.type.name)'")
            }
            return tb
        }
        t.addGetSet("tb_next", get: { (v) throws(PyException) -> PyValue in
            let tb = try me(v)
            return tb.index + 1 < tb.entries.count
                ? .object(TracebackObject(tb.entries, at: tb.index + 1)) : .none
        })
        t.addGetSet("tb_lineno", get: { (v) throws(PyException) -> PyValue in
            .int(try me(v).entry.lineno)
        })
        t.addGetSet("tb_lasti", get: { (_) throws(PyException) -> PyValue in .int(-1) })
        t.addGetSet("tb_frame", get: { (_) throws(PyException) -> PyValue in .none })
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            .str("<traceback object at \(Protocol.address(of: a[0]))>")
        }
    }
}
