import Foundation
import Testing
@testable import PyRuntime

/// Hot-path timings of the container natives (no eval loop): run with
/// `CONTAINER_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ContainerBenchmarks`.
/// Skipped otherwise; they print, and assert nothing beyond the results being right.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CONTAINER_BENCH"] != nil))
struct ContainerBenchmarks {
    init() { _ = FixtureInterpreter.prepared }

    private func time(_ label: String, _ body: () throws(PyException) -> Void) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print("bench \(label): \(String(format: "%.1f", ms)) ms")
    }

    /// A native method called the way the eval loop calls it: the descriptor's function with
    /// `self` first in a stack-like buffer.
    private func descriptor(_ t: PyType, _ name: String) -> NativeFunction {
        (t.lookup(Names.intern(name))!.object as! PyMethodDescriptor).function
    }

    @Test func listAppendGetitemIterate() throws {
        let n = 1_000_000
        let l = PyList()
        let append = descriptor(Types.list, "append")
        try time("list.append x1e6 (descriptor)") { () throws(PyException) in
            var buf: [PyValue] = [.object(l), .none]
            for i in 0..<n {
                buf[1] = .int(i)
                _ = try buf.withUnsafeBufferPointer { (b) throws(PyException) -> PyValue in try append(Arguments(b)) }
            }
        }
        var total = 0
        try time("Protocol.getItem(list, int) x1e6") { () throws(PyException) in
            let lv = PyValue.object(l)
            for i in 0..<n { total &+= try Protocol.getItem(lv, .int(i)).intOrBool }
        }
        try time("iterate list x1e6") { () throws(PyException) in
            let it = try Protocol.getIter(.object(l))
            while let v = try Protocol.next(it) { total &+= v.intOrBool }
        }
        #expect(total == 2 * (n * (n - 1) / 2))
    }

    @Test func rangeIteration() throws {
        var total = 0
        try time("iterate range(1e7)") { () throws(PyException) in
            let r = try PyRange(start: 0, stop: 10_000_000, step: 1)
            let it = try Protocol.getIter(.object(r))
            while let v = try Protocol.next(it) { total &+= v.intOrBool }
        }
        #expect(total == 10_000_000 * 9_999_999 / 2)
        total = 0
        try time("range(1e7) closure") { () throws(PyException) in
            let it = NativeIterators.range(start: 0, step: 1, count: 10_000_000)
            while let v = try it.advance() { total &+= v.intOrBool }
        }
        total = 0
        try time("range(1e7) next()") { () throws(PyException) in
            let it = NativeIterators.range(start: 0, step: 1, count: 10_000_000)
            while let v = try it.next() { total &+= v.intOrBool }
        }
    }

    @Test func sorting() throws {
        var rng = SystemRandomNumberGenerator()
        let ints = (0..<200_000).map { _ in PyValue.int(Int.random(in: -1_000_000...1_000_000, using: &rng)) }
        try time("sort 2e5 ints") { () throws(PyException) in try PyList(ints).sort() }
        let tuples = ints.map { PyValue.object(PyTuple([.int($0.intOrBool % 100), $0])) }
        try time("sort 2e5 tuples") { () throws(PyException) in try PyList(tuples).sort() }
        let strs = ints.map { PyValue.str("k\($0.intOrBool)") }
        try time("sort 2e5 strs") { () throws(PyException) in try PyList(strs).sort() }
        let neg = TestFunctions.make("neg")
        try time("sort 2e5 ints key=neg") { () throws(PyException) in try PyList(ints).sort(key: neg) }
    }

    @Test func dictsAndSets() throws {
        let n = 1_000_000
        let d = PyDict()
        try time("dict setitem int x1e6") { () throws(PyException) in
            for i in 0..<n { try d.setItem(.int(i), .int(i)) }
        }
        var total = 0
        try time("dict getitem int x1e6") { () throws(PyException) in
            for i in 0..<n { total &+= try d.getItem(.int(i))!.intOrBool }
        }
        let memo = PyDict()
        try time("dict tuple keys set+get x2e5") { () throws(PyException) in
            for i in 0..<200_000 {
                let k = PyValue.object(PyTuple([.int(i % 1000), .int(i / 1000)]))
                try memo.setItem(k, .int(i))
                total &+= try memo.getItem(k)!.intOrBool
            }
        }
        let s = PySet()
        try time("set add x1e6") { () throws(PyException) in
            for i in 0..<n { try s.add(.int(i &* 7)) }
        }
        try time("set contains x1e6") { () throws(PyException) in
            for i in 0..<n where try s.contains(.int(i)) { total &+= 1 }
        }
        #expect(s.count == n)
    }
}
