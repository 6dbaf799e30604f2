/// How sure the rulebook is of a fact: seen in the official text, stated by credible secondary
/// sources, or not verified. Every fact GPS shows carries one.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
    case confirmed = "CONFIRMED"
    case likely = "LIKELY"
    case unverified = "UNVERIFIED"

    /// An unverified fact may never pass or fail a justification check on its own.
    public var mayDecideACheck: Bool { self != .unverified }

    private var rank: Int {
        switch self {
        case .confirmed: 2
        case .likely: 1
        case .unverified: 0
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}
