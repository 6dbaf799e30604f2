/// The ecogram as a Mermaid flowchart for the decision record: the client in the centre, one
/// subgraph per sector, and per person an edge whose line and arrows follow Hartman's eco-map.
public struct MermaidEcogramRenderer: Sendable {
    static let centreID = "client"
    /// Red and dashed, so a stressful tie stands out in colour and in black and white.
    static let stressfulStyle = "stroke:#c0392b,stroke-width:3px,stroke-dasharray:8 4"
    static let stressfulMark = "⚡"
    static let brokenMark = "✕"

    private let texts: MessageTable
    /// Whether a node also says who the person is to the client; the record leaves that to its
    /// stakeholder table.
    private let showsRelations: Bool

    public init(texts: MessageTable, showsRelations: Bool = true) {
        self.texts = texts
        self.showsRelations = showsRelations
    }

    public func render(_ ecogram: Ecogram) -> String {
        guard !ecogram.isEmpty else {
            return "flowchart LR\n    empty[\"\(MermaidEscaping.label(texts(.ecogramEmpty)))\"]\n"
        }
        var lines = ["flowchart LR", "    \(Self.centreID)[\"\(MermaidEscaping.label(ecogram.centreLabel(texts)))\"]"]
        for sector in ecogram.occupiedSectors {
            lines.append("    subgraph s_\(sector.rawValue)[\"\(MermaidEscaping.label(sector.heading(texts)))\"]")
            lines += ecogram.members(in: sector).map { "        \($0.identifier)[\"\(MermaidEscaping.label(nodeLabel($0)))\"]" }
            lines.append("    end")
        }
        lines += ecogram.members.map { "    " + edge(to: $0) }
        lines += ecogram.members.enumerated().filter { $0.element.stakeholder.tie == .stressful }
            .map { "    linkStyle \($0.offset) \(Self.stressfulStyle)" }
        lines += ["    classDef centre stroke-width:4px,font-weight:bold", "    class \(Self.centreID) centre"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Jonas (7) · zoon": a separator rather than brackets, as a name may hold brackets itself.
    private func nodeLabel(_ member: Ecogram.Member) -> String {
        !showsRelations || member.relationLabel.isEmpty ? member.label : "\(member.label) · \(member.relationLabel)"
    }

    /// One edge per person, in member order so `linkStyle` can count them. Mermaid has no
    /// arrow at the start only, so support from the client is drawn from the centre outwards.
    private func edge(to member: Ecogram.Member) -> String {
        let person = member.stakeholder
        let (start, end) = person.support == .fromClient ? (Self.centreID, member.identifier) : (member.identifier, Self.centreID)
        return "\(start) \(Self.arrow(tie: person.tie, support: person.support)) \(end)"
    }

    static func arrow(tie: Tie, support: SupportDirection) -> String {
        let head = support != .neither
        let tail = support == .both
        switch tie {
        case .strong: return (tail ? "<==" : "==") + (head ? ">" : "=")
        case .weak: return (tail ? "<-.-" : "-.-") + (head ? ">" : "")
        case .stressful, .broken:
            let mark = tie == .stressful ? stressfulMark : brokenMark
            return (tail ? "<--" : "--") + " \"\(mark)\" " + (head ? "-->" : "---")
        }
    }
}
