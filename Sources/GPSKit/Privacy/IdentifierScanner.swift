/// Finds identifiers in free text: Belgian national register and BIS numbers, IBANs, Belgian
/// phone numbers, e-mail addresses, street addresses with a house number and dates of birth.
/// Numbers are checked (mod-97, plausible dates) so that invoice numbers, case ids, amounts
/// and ordinary dates stay unflagged.
public struct IdentifierScanner: Sendable {
    /// The day of the export; a date "born" in a later year is an expected birth, not a birth date.
    public var today: CaseDay?

    public init(today: CaseDay? = nil) {
        self.today = today
    }

    /// Every identifier in `text`, in reading order; overlapping matches go to the kind that
    /// comes first in `IdentifierKind` (a phone pattern inside a national number loses).
    public func scan(_ text: String, at location: TextLocation = TextLocation(.other(""))) -> [IdentifierFinding] {
        var taken: [(IdentifierKind, Range<String.Index>)] = []
        let hints = IdentifierHints(text)
        for kind in IdentifierKind.allCases where hints.mayHold(kind) {
            for range in candidates(of: kind, in: text)
            where !taken.contains(where: { $0.1.overlaps(range) }) {
                taken.append((kind, range))
            }
        }
        return taken.sorted { $0.1.lowerBound < $1.1.lowerBound }.map { kind, range in
            IdentifierFinding(
                kind: kind, text: String(text[range]), range: range,
                offset: text.distance(from: text.startIndex, to: range.lowerBound), location: location
            )
        }
    }

    private func candidates(of kind: IdentifierKind, in text: String) -> [Range<String.Index>] {
        switch kind {
        case .email: EmailAddress.matches(in: text)
        case .iban: IBAN.matches(in: text)
        case .nationalNumber: Self.nationalNumbers(in: text, bis: false)
        case .bisNumber: Self.nationalNumbers(in: text, bis: true)
        case .phone: PhoneNumber.matches(in: text)
        case .address: StreetAddress.matches(in: text)
        case .birthDate: BirthDate.matches(in: text, today: today)
        }
    }

    private static func nationalNumbers(in text: String, bis: Bool) -> [Range<String.Index>] {
        NationalNumber.pattern.matches(in: text).filter { NationalNumber(text[$0])?.isBIS == bis }
    }

    /// The text with every finding replaced by its kind in brackets, such as
    /// `[rijksregisternummer]`. The findings must come from scanning this same text.
    public func mask(_ text: String, findings: [IdentifierFinding], messages: MessageTable) -> String {
        var masked = text
        for finding in findings.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            masked.replaceSubrange(finding.range, with: Self.placeholder(for: finding.kind, messages: messages))
        }
        return masked
    }

    /// Scans and masks in one step.
    public func masked(_ text: String, messages: MessageTable) -> String {
        mask(text, findings: scan(text), messages: messages)
    }

    public static func placeholder(for kind: IdentifierKind, messages: MessageTable) -> String {
        "[\(messages(kind.name))]"
    }
}
