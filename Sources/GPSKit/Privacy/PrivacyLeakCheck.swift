/// What in a text meant to leave could still identify someone of a case: the names of its
/// stakeholders (today's and earlier ecograms') and intervision colleagues, in any case, with or
/// without accents, inflected or as clear initials; and identifiers such as a national number.
/// For a command that must refuse while anything remains, such as sharing an anonymous export:
///
///     let leaks = PrivacyLeakCheck(case: file).leaks(in: renderedExport)
///     guard leaks.isEmpty else { … refuse, listing leaks by kind and offset … }
///
/// A name that is also a common word ("Hoop") counts only with a capital, as in the export.
public struct PrivacyLeakCheck: Sendable {
    public struct Leak: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable {
            case name
            case identifier(IdentifierKind)
        }

        public var kind: Kind
        /// The text as it stands: show it only to the person who typed it.
        public var text: String
        /// Characters from the start of the checked text.
        public var offset: Int

        public var description: String {
            switch kind {
            case .name: "@\(offset) name: \(text)"
            case .identifier(let kind): "@\(offset) \(kind.rawValue): \(text)"
            }
        }
    }

    private let names: Pseudonymiser
    private let scanner: IdentifierScanner

    /// `today`: the day the text leaves, so an expected birth is not taken for a birth date.
    /// `unlisted`: the people in no list of the case, looked for too (only with a capital).
    public init(case file: CaseFile, unlisted: UnlistedNames? = nil, today: CaseDay? = nil) {
        names = Pseudonymiser(case: file, unlisted: unlisted, messages: .embedded(.nl))
        scanner = IdentifierScanner(today: today)
    }

    /// The names of the case's people still in `text`, in reading order.
    public func names(in text: String) -> [Leak] {
        names.mentionedNames(in: Self.withoutMarkup(text)).map { Leak(kind: .name, text: $0.name, offset: $0.offset) }
    }

    /// The identifiers still in `text`, in reading order.
    public func identifiers(in text: String) -> [Leak] {
        scanner.scan(Self.withoutMarkup(text)).map { Leak(kind: .identifier($0.kind), text: $0.text, offset: $0.offset) }
    }

    /// HTML tags blanked out, one space per character so offsets stay: the drawing's
    /// coordinates ("0 464.8 242.0") are no phone number. What she typed is escaped in the
    /// export, so no tag comes from her.
    static func withoutMarkup(_ text: String) -> String {
        var result = text
        for range in tag.matches(in: text).reversed() {
            result.replaceSubrange(range, with: String(repeating: " ", count: text[range].count))
        }
        return result
    }

    private static let tag = TextPattern(#"<[^<>]*>"#)

    /// Names and identifiers, in reading order; empty when the text is safe to share.
    public func leaks(in text: String) -> [Leak] {
        (names(in: text) + identifiers(in: text)).sorted { $0.offset < $1.offset }
    }
}
