import Foundation

/// How IPython prints durations (`_format_time`): three significant digits in s, ms, µs or ns,
/// and `1min 5s` from a minute up.
enum TimeFormat {
    static func duration(_ seconds: Double, precision: Int = 3) -> String {
        if seconds >= 60 {
            var parts: [String] = []
            var left = seconds
            for (suffix, length) in [("d", 86_400.0), ("h", 3_600.0), ("min", 60.0), ("s", 1.0)] {
                let value = Int(left / length)
                if value > 0 {
                    left = left.truncatingRemainder(dividingBy: length)
                    parts.append("\(value)\(suffix)")
                }
                if left < 1 { break }
            }
            return parts.joined(separator: " ")
        }
        let units = ["s", "ms", "\u{B5}s", "ns"]
        let scale = [1.0, 1e3, 1e6, 1e9]
        let order = seconds > 0 ? min(-Int((log10(seconds)).rounded(.down)).floorDiv(3), 3) : 3
        let index = max(order, 0)
        return String(format: "%.*g", precision, seconds * scale[index]) + " " + units[index]
    }

    /// `%timeit`'s line: `1.23 ms ± 12.3 µs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)`.
    static func summary(average: Double, stdev: Double, runs: Int, loops: Int, precision: Int) -> String {
        let mean = duration(average, precision: precision)
        let spread = duration(stdev, precision: precision)
        return "\(mean) \u{B1} \(spread) per loop (mean \u{B1} std. dev. of \(runs) run\(runs == 1 ? "" : "s"), "
            + "\(grouped(loops)) loop\(loops == 1 ? "" : "s") each)"
    }

    /// `1,000,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}

extension Int {
    /// Python's `//` on ints.
    func floorDiv(_ d: Int) -> Int {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
