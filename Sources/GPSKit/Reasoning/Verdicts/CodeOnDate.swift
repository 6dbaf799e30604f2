/// Which Criminal Code governs facts of a given day, and how sure that is: Sw. 1867 up to
/// 7 April 2026, Sw. 2024 from 8 April 2026 (both dates LIKELY, read from the rulebook).
public struct CodeOnDate: Sendable, Equatable {
    public var day: CaseDay
    public var code: CodeVersion
    public var confidence: Confidence

    public init(day: CaseDay, code: CodeVersion, confidence: Confidence) {
        self.day = day
        self.code = code
        self.confidence = confidence
    }

    /// The code whose validity holds the day; a day no code claims (the data has a gap) counts
    /// under the old code, whose numbers every provision carries, and as unverified.
    public init(day: CaseDay, rulebook: Rulebook) {
        let iso = day.description
        let owner = rulebook.codes.first { $0.validity.value.contains(iso) }
        self.init(day: day, code: owner?.id ?? .sw1867, confidence: owner?.validity.confidence ?? .unverified)
    }

    public var isNewCode: Bool { code == .sw2024 }
}
