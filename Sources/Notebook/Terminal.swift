import Foundation

/// Terminal manners: colour only when stdout is a terminal and `NO_COLOR` is unset.
public enum Terminal {
    public enum Style {
        case inPrompt, outPrompt, heading, emphasis, code, dim
        var sgr: String {
            switch self {
            case .inPrompt: return "32"      // green, as IPython's In prompt
            case .outPrompt: return "31"     // red, as IPython's Out prompt
            case .heading: return "1;36"
            case .emphasis: return "1"
            case .code: return "33"
            case .dim: return "2"
            }
        }
    }

    nonisolated(unsafe) public static var colour: Bool =
        isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// `text` in `style` when colour is on.
    public static func style(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.sgr)m\(text)\u{1B}[0m" : text
    }

    /// The terminal's width in columns (80 when unknown).
    public static var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 0 { return n }
        return 80
    }
}
