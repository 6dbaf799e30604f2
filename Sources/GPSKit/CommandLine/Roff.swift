/// Text made safe for a roff (man) page: nothing in it can start a request, and what she may
/// copy into a shell (`-`, `'`, `~`) prints as the ASCII character, not a typographic one.
enum Roff {
    /// One line of running text or a macro argument.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case "'": result += "\\(aq"
            case "`": result += "\\(ga"
            case "~": result += "\\(ti"
            case "^": result += "\\(ha"
            case "\"": result += "\\(dq"
            case "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    continue
                } else if scalar.value > 0x7E {
                    result += "\\[u" + hex(scalar.value) + "]"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        // A line that starts with `.` or `'` would be read as a request.
        return result.hasPrefix(".") ? "\\&" + result : result
    }

    static func bold(_ text: String) -> String { "\\fB" + escape(text) + "\\fR" }

    static func italic(_ text: String) -> String { "\\fI" + escape(text) + "\\fR" }

    /// A message as roff lines: plain lines are filled as running text, indented lines (commands
    /// to type) are kept as they are.
    static func block(_ text: String) -> [String] {
        var lines: [String] = []
        var literal = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isLiteral = line.hasPrefix("  ")
            if isLiteral != literal { lines.append(isLiteral ? ".nf" : ".fi") }
            literal = isLiteral
            let trimmed = isLiteral ? String(line) : line.trimmingSpaces
            if trimmed.isEmpty { lines.append(".sp") } else { lines.append(escape(trimmed)) }
        }
        if literal { lines.append(".fi") }
        return lines
    }

    /// `\[u00E9]` needs at least four upper-case hex digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
