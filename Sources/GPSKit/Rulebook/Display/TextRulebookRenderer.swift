/// `gps wet` and `gps wet --bron`: the provisions with their numbers, and the sources, each
/// list headed by the status date and closed by the disclaimer.
public struct TextRulebookRenderer: Sendable {
    public let wording: LawWording

    public init(wording: LawWording) {
        self.wording = wording
    }

    private var texts: MessageTable { wording.texts }

    /// Per provision: its id and title, then old number → new number, each with its confidence.
    public func provisions() -> String {
        var lines = [texts(.lawListHeading), wording.statusLine, ""]
        for provision in wording.rulebook.provisions {
            lines.append("  \(provision.id)  " + wording.fact(wording.localized(provision.title.value), provision.title.confidence))
            let numbers = provision.kind == .framework
                ? wording.oldNumber(of: provision) : wording.oldNumber(of: provision) + " → " + wording.newNumber(of: provision)
            lines.append("      " + numbers)
        }
        lines += ["", wording.disclaimer]
        return lines.joined(separator: "\n") + "\n"
    }

    public func sources() -> String {
        var lines = [texts(.lawSourcesLabel), wording.statusLine, ""]
        for source in wording.rulebook.sources {
            lines.append("  \(source.id)  \(source.title)")
            lines.append("      \(source.url)")
        }
        lines += ["", wording.disclaimer]
        return lines.joined(separator: "\n") + "\n"
    }
}
