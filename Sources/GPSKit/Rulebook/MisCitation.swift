/// A number or word people use for a provision they mean but do not name: "422" for 422bis,
/// "meldplicht" for the right to speak of 458bis.
public struct MisCitation: Sendable, Decodable, Identifiable, Equatable {
    public var id: String
    /// An article number ("422") or a word ("meldplicht"), as people write it.
    public var cited: String
    /// The id of the provision meant.
    public var means: String
    public var why: LocalizedText
    public var confidence: Confidence
    public var sources: [String]?

    /// The cited text as an article number, when it is one.
    public var citedNumber: ArticleNumber? { ArticleNumber(cited) }
}
