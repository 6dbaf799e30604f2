/// Whether a provision covers what she plans, read from her judgments with the provision's own
/// logic. The words are fixed: gedekt / niet gedekt / open (covered / not covered / open).
public enum Verdict: String, Sendable, CaseIterable, Comparable {
    case covered
    case open
    case notCovered

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
