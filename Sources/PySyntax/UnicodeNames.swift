// `\N{name}` lookup. CPython uses the unicodedata name tables; we use the standard library's
// `Unicode.Scalar.Properties.name` (the same Unicode Character Database) through a scan, after
// a short table of the aliases that have no UCD name (control characters, abbreviations). No
// table is built at start-up; a scan runs only for a name outside the short table.

enum UnicodeNames {
    /// The character named `name` (case-insensitive), or nil as CPython's "unknown Unicode
    /// character name".
    /// - Complexity: O(1) for the aliases below; otherwise a scan of the assigned planes.
    static func lookup(_ name: String) -> Unicode.Scalar? {
        let upper = name.uppercased()
        if let v = alias(upper) { return Unicode.Scalar(v) }
        if upper.hasPrefix("CJK UNIFIED IDEOGRAPH-") || upper.hasPrefix("CJK COMPATIBILITY IDEOGRAPH-")
        {
            let hex = upper.split(separator: "-").last.map(String.init) ?? ""
            if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v),
                s.properties.name == upper
            {
                return s
            }
            return nil
        }
        let planes: [ClosedRange<UInt32>] = [0x20...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0xE01EF]
        for range in planes {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let props = s.properties
                if let n = props.name, n == upper { return s }
                if let n = props.nameAlias, n == upper { return s }
            }
        }
        return nil
    }

    /// Aliases from NameAliases.txt for characters the name scan cannot find.
    static func alias(_ upper: String) -> UInt32? {
        switch upper {
        case "NULL", "NUL": return 0x00
        case "START OF HEADING", "SOH": return 0x01
        case "START OF TEXT", "STX": return 0x02
        case "END OF TEXT", "ETX": return 0x03
        case "END OF TRANSMISSION", "EOT": return 0x04
        case "ENQUIRY", "ENQ": return 0x05
        case "ACKNOWLEDGE", "ACK": return 0x06
        case "ALERT", "BEL": return 0x07
        case "BACKSPACE", "BS": return 0x08
        case "CHARACTER TABULATION", "HORIZONTAL TABULATION", "HT", "TAB": return 0x09
        case "LINE FEED", "NEW LINE", "END OF LINE", "LF", "NL", "EOL": return 0x0A
        case "LINE TABULATION", "VERTICAL TABULATION", "VT": return 0x0B
        case "FORM FEED", "FF": return 0x0C
        case "CARRIAGE RETURN", "CR": return 0x0D
        case "SHIFT OUT", "LOCKING-SHIFT ONE", "SO": return 0x0E
        case "SHIFT IN", "LOCKING-SHIFT ZERO", "SI": return 0x0F
        case "DATA LINK ESCAPE", "DLE": return 0x10
        case "DEVICE CONTROL ONE", "DC1": return 0x11
        case "DEVICE CONTROL TWO", "DC2": return 0x12
        case "DEVICE CONTROL THREE", "DC3": return 0x13
        case "DEVICE CONTROL FOUR", "DC4": return 0x14
        case "NEGATIVE ACKNOWLEDGE", "NAK": return 0x15
        case "SYNCHRONOUS IDLE", "SYN": return 0x16
        case "END OF TRANSMISSION BLOCK", "ETB": return 0x17
        case "CANCEL", "CAN": return 0x18
        case "END OF MEDIUM", "EOM": return 0x19
        case "SUBSTITUTE", "SUB": return 0x1A
        case "ESCAPE", "ESC": return 0x1B
        case "INFORMATION SEPARATOR FOUR", "FILE SEPARATOR", "FS": return 0x1C
        case "INFORMATION SEPARATOR THREE", "GROUP SEPARATOR", "GS": return 0x1D
        case "INFORMATION SEPARATOR TWO", "RECORD SEPARATOR", "RS": return 0x1E
        case "INFORMATION SEPARATOR ONE", "UNIT SEPARATOR", "US": return 0x1F
        case "SP": return 0x20
        case "DELETE", "DEL": return 0x7F
        case "PADDING CHARACTER", "PAD": return 0x80
        case "HIGH OCTET PRESET", "HOP": return 0x81
        case "BREAK PERMITTED HERE", "BPH": return 0x82
        case "NO BREAK HERE", "NBH": return 0x83
        case "INDEX", "IND": return 0x84
        case "NEXT LINE", "NEL": return 0x85
        case "START OF SELECTED AREA", "SSA": return 0x86
        case "END OF SELECTED AREA", "ESA": return 0x87
        case "CHARACTER TABULATION SET", "HORIZONTAL TABULATION SET", "HTS": return 0x88
        case "CHARACTER TABULATION WITH JUSTIFICATION", "HORIZONTAL TABULATION WITH JUSTIFICATION",
            "HTJ": return 0x89
        case "LINE TABULATION SET", "VERTICAL TABULATION SET", "VTS": return 0x8A
        case "PARTIAL LINE FORWARD", "PARTIAL LINE DOWN", "PLD": return 0x8B
        case "PARTIAL LINE BACKWARD", "PARTIAL LINE UP", "PLU": return 0x8C
        case "REVERSE LINE FEED", "REVERSE INDEX", "RI": return 0x8D
        case "SINGLE SHIFT TWO", "SINGLE-SHIFT-2", "SS2": return 0x8E
        case "SINGLE SHIFT THREE", "SINGLE-SHIFT-3", "SS3": return 0x8F
        case "DEVICE CONTROL STRING", "DCS": return 0x90
        case "PRIVATE USE ONE", "PRIVATE USE-1", "PU1": return 0x91
        case "PRIVATE USE TWO", "PRIVATE USE-2", "PU2": return 0x92
        case "SET TRANSMIT STATE", "STS": return 0x93
        case "CANCEL CHARACTER", "CCH": return 0x94
        case "MESSAGE WAITING", "MW": return 0x95
        case "START OF GUARDED AREA", "START OF PROTECTED AREA", "SPA": return 0x96
        case "END OF GUARDED AREA", "END OF PROTECTED AREA", "EPA": return 0x97
        case "START OF STRING", "SOS": return 0x98
        case "SINGLE GRAPHIC CHARACTER INTRODUCER", "SGC": return 0x99
        case "SINGLE CHARACTER INTRODUCER", "SCI": return 0x9A
        case "CONTROL SEQUENCE INTRODUCER", "CSI": return 0x9B
        case "STRING TERMINATOR", "ST": return 0x9C
        case "OPERATING SYSTEM COMMAND", "OSC": return 0x9D
        case "PRIVACY MESSAGE", "PM": return 0x9E
        case "APPLICATION PROGRAM COMMAND", "APC": return 0x9F
        case "NBSP": return 0xA0
        case "SHY": return 0xAD
        case "CGJ": return 0x34F
        case "ALM": return 0x61C
        case "MVS": return 0x180E
        case "NNBSP": return 0x202F
        case "MMSP": return 0x205F
        case "ZWSP": return 0x200B
        case "ZWNJ": return 0x200C
        case "ZWJ": return 0x200D
        case "LRM": return 0x200E
        case "RLM": return 0x200F
        case "LRE": return 0x202A
        case "RLE": return 0x202B
        case "PDF": return 0x202C
        case "LRO": return 0x202D
        case "RLO": return 0x202E
        case "WJ": return 0x2060
        case "LRI": return 0x2066
        case "RLI": return 0x2067
        case "FSI": return 0x2068
        case "PDI": return 0x2069
        case "BYTE ORDER MARK", "BOM", "ZWNBSP": return 0xFEFF
        case "VS1": return 0xFE00
        case "VS16": return 0xFE0F
        // Frequent names, answered without a scan.
        case "SPACE": return 0x20
        case "NO-BREAK SPACE": return 0xA0
        case "EM DASH": return 0x2014
        case "EN DASH": return 0x2013
        case "BULLET": return 0x2022
        case "HORIZONTAL ELLIPSIS": return 0x2026
        case "DEGREE SIGN": return 0xB0
        case "EURO SIGN": return 0x20AC
        case "POUND SIGN": return 0xA3
        case "COPYRIGHT SIGN": return 0xA9
        case "REGISTERED SIGN": return 0xAE
        case "MICRO SIGN": return 0xB5
        case "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK": return 0xAB
        case "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK": return 0xBB
        case "LEFT SINGLE QUOTATION MARK": return 0x2018
        case "RIGHT SINGLE QUOTATION MARK": return 0x2019
        case "LEFT DOUBLE QUOTATION MARK": return 0x201C
        case "RIGHT DOUBLE QUOTATION MARK": return 0x201D
        case "GREEK SMALL LETTER ALPHA": return 0x3B1
        case "GREEK SMALL LETTER BETA": return 0x3B2
        case "GREEK SMALL LETTER PI": return 0x3C0
        case "GREEK CAPITAL LETTER OMEGA": return 0x3A9
        case "SNOWMAN": return 0x2603
        case "BLACK STAR": return 0x2605
        case "CHECK MARK": return 0x2713
        case "RIGHTWARDS ARROW": return 0x2192
        case "LEFTWARDS ARROW": return 0x2190
        case "INFINITY": return 0x221E
        case "REPLACEMENT CHARACTER": return 0xFFFD
        default: break
        }
        // Latin letters, the most common \N names: "LATIN SMALL LETTER A".
        for (prefix, base) in [("LATIN SMALL LETTER ", 97), ("LATIN CAPITAL LETTER ", 65)]
        where upper.hasPrefix(prefix) {
            let rest = upper.utf8.dropFirst(prefix.utf8.count)
            if rest.count == 1, let c = rest.first, c >= 65 && c <= 90 {
                return UInt32(base) + UInt32(c - 65)
            }
        }
        if upper.hasPrefix("DIGIT ") {
            let digits = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
                          "NINE"]
            if let i = digits.firstIndex(of: String(upper.dropFirst(6))) { return 48 + UInt32(i) }
        }
        return nil
    }
}
