/// The one-line form of a name the renderers draw: line breaks, tabs and control characters
/// become spaces and runs of spaces shrink to one, so no format has to cope with them.
/// Every renderer draws this text and only escapes it for its own syntax.
public enum EcogramLabel {
    public static func oneLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreaking(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Shortens to at most `limit` characters, ending with "…" when it cut.
    public static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)).trimmingTrailingSpaces + "…"
    }

    /// Fills `text` into at most `count` lines of at most `limit` characters, breaking at spaces;
    /// only what does not fit the last line is cut, with "…". "Jeugdconsulent van het OCJ"
    /// keeps its "OCJ" on a second line.
    public static func lines(_ text: String, limit: Int, count: Int = 2) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while lines.count < count - 1, rest.count > limit {
            let room = rest.prefix(limit + 1)
            guard let space = room.lastIndex(of: " "), space > rest.startIndex else { break }
            lines.append(String(rest[..<space]).trimmingTrailingSpaces)
            rest = rest[rest.index(after: space)...].drop { $0 == " " }
        }
        return lines + [shortened(String(rest), to: limit)]
    }

    private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned, .privateUse:
            true
        case .format:
            // Zero-width joiners belong to emoji and scripts; the other format characters
            // (bidi overrides, soft hyphens) would reorder or hide text around them.
            !(scalar == "\u{200D}" || scalar == "\u{200C}")
        default:
            scalar.properties.isNoncharacterCodePoint
        }
    }
}

extension Ecogram.Member {
    /// The name as drawn; a name that is nothing but spaces is drawn as its number.
    public var label: String {
        let line = EcogramLabel.oneLine(stakeholder.name)
        return line.isEmpty ? "#\(number)" : line
    }

    public var relationLabel: String { EcogramLabel.oneLine(stakeholder.relation) }
}

extension Ecogram {
    /// What the centre says: the clients' names, or "cliënt" when she marked nobody as client.
    public func centreLabel(_ texts: MessageTable) -> String {
        clients.isEmpty ? texts(.ecogramClient) : clients.map(\.label).joined(separator: " & ")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
