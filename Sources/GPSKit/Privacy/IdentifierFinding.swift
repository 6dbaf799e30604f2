/// One identifier found in free text: what kind, the text as typed, and where it sits.
public struct IdentifierFinding: Sendable, Equatable, CustomStringConvertible {
    public var kind: IdentifierKind
    /// The matched text exactly as it appears.
    public var text: String
    /// The range in the scanned string; only meaningful for that same string.
    public var range: Range<String.Index>
    /// Characters from the start of the scanned string to the match, for people and logs.
    public var offset: Int
    public var location: TextLocation

    public init(kind: IdentifierKind, text: String, range: Range<String.Index>, offset: Int, location: TextLocation) {
        self.kind = kind
        self.text = text
        self.range = range
        self.offset = offset
        self.location = location
    }

    public var description: String { "\(location) @\(offset) \(kind.rawValue): \(text)" }
}
