/// The ecogram as plain text for an 80-column terminal without colour: the centre, then each
/// sector with one line per person, drawn as a spoke from the client, and a legend.
public struct TextEcogramRenderer: Sendable {
    public static let width = 80
    /// The most lines one person's name may take before it is shortened.
    static let nameLines = 2

    private let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public func render(_ ecogram: Ecogram) -> String {
        guard !ecogram.isEmpty else { return wrapped(texts(.ecogramEmpty), indent: "").joined(separator: "\n") + "\n" }
        var blocks = [title(ecogram)]
        blocks += ecogram.occupiedSectors.map { sector(sector: $0, in: ecogram) }
        blocks.append(legend())
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    private func title(_ ecogram: Ecogram) -> [String] {
        let title = texts(.ecogramTitle)
        let centre = DisplayWidth.shortened(ecogram.centreLabel(texts), to: Self.width * Self.nameLines)
        return [title, String(repeating: "═", count: DisplayWidth.of(title))]
            + wrapped(texts(.textCentre, ["centre": centre]), indent: "")
    }

    private func sector(sector: StakeholderCategory, in ecogram: Ecogram) -> [String] {
        [sector.heading(texts)] + ecogram.members(in: sector).flatMap(memberLines)
    }

    /// `  cliënt ◀━━━━━━━▶ Jan (partner)`, wrapped under the name, with what she noted about
    /// context and secrecy on a line of its own below.
    private func memberLines(_ member: Ecogram.Member) -> [String] {
        let person = member.stakeholder
        let heads = person.support.textHeads
        let spoke = "  " + texts(.ecogramClient) + " " + heads.left + person.tie.textGlyph + heads.right + " "
        let room = Self.width - DisplayWidth.of(spoke)
        let lines = ColumnWrapper.wrap(name(of: member, room: room), width: room) + notes(on: person, room: room)
        let indent = String(repeating: " ", count: DisplayWidth.of(spoke))
        return lines.enumerated().map { ($0.offset == 0 ? spoke : indent) + $0.element }
    }

    private func name(of member: Ecogram.Member, room: Int) -> String {
        let name = DisplayWidth.shortened(member.label, to: room * Self.nameLines)
        guard !member.relationLabel.isEmpty else { return name }
        return name + " (" + DisplayWidth.shortened(member.relationLabel, to: room - 2) + ")"
    }

    /// The notes joined with " · ", never breaking inside one when it fits on a line.
    private func notes(on person: Stakeholder, room: Int) -> [String] {
        var notes: [String] = []
        if let context = person.context { notes.append(texts(context.name)) }
        if let knows = person.familyKnows { notes.append(texts(knows ? .familyKnows : .familyDoesNotKnow)) }
        var lines: [String] = []
        for note in notes {
            if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(note) <= room {
                lines[lines.count - 1] = last + " · " + note
            } else {
                lines += ColumnWrapper.wrap(note, width: room)
            }
        }
        return lines
    }

    private func legend() -> [String] {
        let ties = Tie.allCases.map { "  " + $0.textGlyph + "  " + texts($0.name) }
        let supports = SupportDirection.allCases.map { direction in
            let heads = direction.textHeads
            return heads.left + "───────" + heads.right + "  " + texts(direction.name)
        }
        return [texts(.ecogramLegend)] + columns(ties, supports)
    }

    /// Two lists side by side when they fit in the width, else one under the other.
    private func columns(_ left: [String], _ right: [String]) -> [String] {
        let leftWidth = left.map(DisplayWidth.of).max() ?? 0
        let rightWidth = right.map(DisplayWidth.of).max() ?? 0
        guard leftWidth + 4 + rightWidth <= Self.width, left.count == right.count else {
            return left + right.map { "  " + $0 }
        }
        return zip(left, right).map { pair in
            pair.0 + String(repeating: " ", count: leftWidth + 4 - DisplayWidth.of(pair.0)) + pair.1
        }
    }

    private func wrapped(_ text: String, indent: String) -> [String] {
        ColumnWrapper.wrap(text, width: Self.width - indent.count).map { indent + $0 }
    }
}
