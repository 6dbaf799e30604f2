/// One thing wrong with a rulebook's content, naming the entry and the field.
public struct RulebookProblem: Sendable, Equatable, CustomStringConvertible {
    /// The entry, e.g. "provision art-458bis" or "misCitation 422-for-422bis".
    public var entry: String
    public var field: String
    public var issue: String

    public var description: String { "\(entry), \(field): \(issue)" }
}
