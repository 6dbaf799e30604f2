/// The ecogram as a Graphviz graph laid out radially (`twopi`) around the client, with
/// Hartman's lines: thick for strong, dashed for weak, a red double line with ⚡ for stressful
/// (still distinct in black and white), dotted with ✕ for broken; arrows for support.
public struct DotEcogramRenderer: Sendable {
    static let centreID = "client"

    private let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public func render(_ ecogram: Ecogram) -> String {
        var lines = ["digraph \"ecogram\" {", "    charset=\"UTF-8\""]
        if ecogram.isEmpty {
            lines.append("    \"empty\" [shape=\"plaintext\", label=\"\(DotEscaping.label(lines: [texts(.ecogramEmpty)]))\"]")
            return (lines + ["}"]).joined(separator: "\n") + "\n"
        }
        lines += [
            "    layout=\"twopi\"", "    root=\"\(Self.centreID)\"", "    ranksep=\"2\"", "    overlap=\"false\"",
            "    node [fontname=\"sans-serif\", style=\"filled\", fillcolor=\"white\"]",
            "    edge [fontname=\"sans-serif\", arrowsize=\"0.8\"]",
            "    \"\(Self.centreID)\" [label=\"\(DotEscaping.label(lines: [ecogram.centreLabel(texts)]))\", shape=\"doublecircle\", penwidth=\"2\"]",
        ]
        for sector in ecogram.occupiedSectors {
            lines.append("    // \(sector.rawValue)")
            lines += ecogram.members(in: sector).map(node)
        }
        lines += ecogram.members.map(edge)
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    private func node(_ member: Ecogram.Member) -> String {
        let text = [member.label] + (member.relationLabel.isEmpty ? [] : [member.relationLabel])
        let look = member.stakeholder.category.dotLook
        return "    \"\(member.identifier)\" [label=\"\(DotEscaping.label(lines: text))\", \(look)]"
    }

    /// Every edge runs from the client outwards; `dir` puts the arrowheads where support flows.
    private func edge(_ member: Ecogram.Member) -> String {
        let person = member.stakeholder
        let attributes = ["dir=\"\(person.support.dotDirection)\""] + person.tie.dotAttributes
        return "    \"\(Self.centreID)\" -> \"\(member.identifier)\" [\(attributes.joined(separator: ", "))]"
    }
}

extension Tie {
    var dotAttributes: [String] {
        switch self {
        case .strong: ["penwidth=\"3\""]
        case .weak: ["style=\"dashed\""]
        case .stressful: ["color=\"#c0392b:invis:#c0392b\"", "label=\"⚡\"", "fontcolor=\"#c0392b\"", "fontsize=\"20\""]
        case .broken: ["style=\"dotted\"", "label=\"✕\"", "fontsize=\"20\""]
        }
    }
}

extension SupportDirection {
    var dotDirection: String {
        switch self {
        case .toClient: "back"
        case .fromClient: "forward"
        case .both: "both"
        case .neither: "none"
        }
    }
}

extension StakeholderCategory {
    /// A shape and a pale fill per sector, so sectors differ in colour and in black and white.
    var dotLook: String {
        switch self {
        case .client: "shape=\"doublecircle\""
        case .household: "shape=\"ellipse\", fillcolor=\"#fdebd0\""
        case .informal: "shape=\"box\", style=\"rounded,filled\", fillcolor=\"#d5f5e3\""
        case .services: "shape=\"box\", fillcolor=\"#d6eaf8\""
        case .organisation: "shape=\"hexagon\", fillcolor=\"#e8daef\""
        case .society: "shape=\"octagon\", fillcolor=\"#eaecee\""
        }
    }
}
