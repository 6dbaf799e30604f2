/// The line a tie is drawn with in the terminal, after Hartman's eco-map: thick for strong,
/// dashed for weak, jagged for stressful, cut for broken. All the same width so names line up.
extension Tie {
    var textGlyph: String {
        switch self {
        case .strong: "━━━━━━━"
        case .weak: "- - - -"
        case .stressful: "/\\/\\/\\/"
        case .broken: "──┤ ├──"
        }
    }
}

/// The arrowheads around a tie; the client stands on the left of every line.
extension SupportDirection {
    var textHeads: (left: String, right: String) {
        switch self {
        case .toClient: ("◀", " ")
        case .fromClient: (" ", "▶")
        case .both: ("◀", "▶")
        case .neither: (" ", " ")
        }
    }
}
