/// What `gps archief zoek` looks for. Every part given must match; words are compared without
/// case or accents.
public struct ArchiveQuery: Sendable, Equatable {
    /// Words anywhere in the record, as one phrase.
    public var text: String?
    /// A provision: `458bis`, `art. 458bis`, or a name such as `gedeeld beroepsgeheim`.
    public var article: String?
    /// A rule GPS flagged in the case (not only "in orde"): `R6`, `G1`.
    public var rule: String?
    /// With `article`: that provision's verdict; alone: any provision's.
    public var verdict: ArchiveVerdict?
    public var value: String?
    /// Months, `YYYY-MM`, both included.
    public var from: String?
    public var until: String?

    public init(
        text: String? = nil, article: String? = nil, rule: String? = nil, verdict: ArchiveVerdict? = nil,
        value: String? = nil, from: String? = nil, until: String? = nil
    ) {
        self.text = text
        self.article = article
        self.rule = rule
        self.verdict = verdict
        self.value = value
        self.from = from
        self.until = until
    }

    /// Whether `typed` is a month as `--van` and `--tot` take it.
    public static func isMonth(_ typed: String) -> Bool {
        let parts = typed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1])
        else { return false }
        return year >= 1900 && (1...12).contains(month)
    }

    /// "art. 458bis", "Art 458 bis" and "art-458bis" all become "458bis".
    static func provisionKey(_ text: String) -> String {
        var key = ArchiveText.folded(text).filter { !$0.isWhitespace && $0 != "." }
        for prefix in ["artikel", "art-", "art"] where key.hasPrefix(prefix) {
            key.removeFirst(prefix.count)
            break
        }
        return key
    }
}
