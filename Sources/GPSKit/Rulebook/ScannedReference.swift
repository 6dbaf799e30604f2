/// One citation found in a text: what was written, where, and what it resolves to.
public struct ScannedReference: Sendable, Equatable {
    public enum Citation: Sendable, Equatable {
        /// A numbered article, with the paragraph ("§ 1") and the code it was cited under.
        case article(ArticleNumber, paragraph: String?, code: CitedCode)
        /// A name people use for a provision ("spreekrecht", "secret professionnel").
        case phrase(String)
    }

    public var citation: Citation
    /// The text as written, from the cue ("art.") or phrase to the last part that belongs to it.
    public var matchedText: String
    /// Where the match is, in UTF-8 bytes from the start of the text.
    public var utf8Offsets: Range<Int>
    public var range: Range<String.Index>
    public var resolution: Resolution
}
