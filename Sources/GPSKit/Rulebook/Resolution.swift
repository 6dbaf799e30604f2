/// What a citation found in a text refers to, as far as the rulebook can tell.
public enum Resolution: Sendable, Equatable {
    /// A provision of the rulebook.
    case provision(String)
    /// A known mis-citation: which provision is meant and why.
    case misCitation(MisCitation)
    /// An old number cited as if it were in Sw. 2024 ("art. 458 Sw. 2024"): no source puts that
    /// provision at that number in the new code.
    case oldNumberUnderNewCode(provision: String)
    /// A number the numbering table knows (e.g. 423 → 328, 458quater) but the rulebook has no
    /// provision for; `nearest` is only a suggestion, as for `notInRulebook`.
    case mappingOnly(rows: [String], nearest: String?)
    /// A number the rulebook knows nothing about; `nearest` is the closest numbered provision
    /// (nil for a new-code number, where nearness of numbers means nothing), offered only as a
    /// suggestion: "458quater" is not 458ter.
    case notInRulebook(nearest: String?)
    /// An article of another named law or treaty ("Kinderrechtenverdrag art. 19", "art. 9 AVG"):
    /// not the rulebook's to check, and never near a provision of the Criminal Code.
    case otherInstrument(Instrument)

    /// The provision the citation most likely means, if the rulebook can say.
    public var meantProvision: String? {
        switch self {
        case .provision(let id), .oldNumberUnderNewCode(let id): id
        case .misCitation(let citation): citation.means
        case .mappingOnly, .notInRulebook, .otherInstrument: nil
        }
    }

    /// Whether the caregiver should be warned (the citation is not simply right).
    public var needsAttention: Bool {
        if case .provision = self { false } else { true }
    }
}
