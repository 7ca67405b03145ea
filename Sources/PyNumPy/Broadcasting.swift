import Foundation
import PyRuntime

/// NumPy's broadcasting: shapes aligned at the right, size-1 axes stretched (stride 0).
enum Broadcasting {
    static func shape(_ shapes: [[Int]]) throws(PyException) -> [Int] {
        let rank = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: rank)
        for s in shapes {
            for (i, n) in s.enumerated() {
                let axis = rank - s.count + i
                if result[axis] == 1 { result[axis] = n }
                else if n != 1 && n != result[axis] {
                    throw .valueError("operands could not be broadcast together with shapes "
                        + shapes.map { ArrayPrinter.shapeRepr($0).replacingOccurrences(of: " ", with: "") }
                            .joined(separator: " ") + " ")
                }
            }
        }
        // A result no machine could hold is a MemoryError, not an allocator abort.
        try ArrayCreation.checkSize(result, itemsize: 16)
        return result
    }

    /// `a`'s strides for viewing it with `shape` (which it broadcasts to).
    static func strides(_ a: PyNDArray, to shape: [Int]) -> [Int] {
        var out = [Int](repeating: 0, count: shape.count)
        for (i, n) in a.shape.enumerated() {
            let axis = shape.count - a.ndim + i
            out[axis] = n == 1 ? 0 : a.strides[i]
        }
        return out
    }

    /// Calls `body` with the addresses of each element of the operands, in C order of `shape`.
    static func forEach(_ operands: [PyNDArray], shape: [Int],
                        _ body: ([UnsafeMutableRawPointer]) -> Void) {
        let size = shape.reduce(1, *)
        if size == 0 { return }
        let strides = operands.map { Broadcasting.strides($0, to: shape) }
        var pointers = operands.map(\.data)
        if shape.isEmpty { return body(pointers) }
        var index = [Int](repeating: 0, count: shape.count)
        while true {
            body(pointers)
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                for k in pointers.indices { pointers[k] += strides[k][axis] }
                if index[axis] < shape[axis] { break }
                for k in pointers.indices { pointers[k] -= strides[k][axis] * shape[axis] }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }
}
