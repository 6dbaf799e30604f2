/// The words the reference scanner knows, read from the rulebook so they can be extended
/// without a code change.
public struct Recognition: Sendable, Decodable {
    public struct CodeMarker: Sendable, Decodable {
        public var phrase: String
        public var code: CitedCode
    }

    /// Words after which a bare number is an article ("art", "artikel", "artt", "article").
    public var articleCues: [String]
    /// Plural cues: after them every number in a list counts.
    public var listCues: [String]
    public var listSeparators: [String]
    public var suffixes: [String]
    public var codeMarkers: [CodeMarker]
    public var months: [String]
    public var unitWords: [String]
    public var addressWords: [String]
}
