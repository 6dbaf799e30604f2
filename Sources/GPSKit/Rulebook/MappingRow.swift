/// One row of the old→new numbering table: a subject, its number in Sw. 1867 and in Sw. 2024
/// (each with its own confidence), and how sure the correspondence is.
public struct MappingRow: Sendable, Decodable, Identifiable {
    /// Article numbers with the label they are shown with ("art. 423, § 1").
    public struct Numbers: Sendable, Decodable, Equatable {
        public var numbers: [String]
        public var label: String

        public var articleNumbers: [ArticleNumber] { numbers.compactMap(ArticleNumber.init) }
    }

    public var id: String
    public var subject: LocalizedText
    /// nil value: no old number (the subject was not written in 1867) or not known.
    public var old: Sourced<Numbers?>
    /// nil value: the new number is not confirmed.
    public var new: Sourced<Numbers?>
    /// How sure it is that old and new correspond.
    public var confidence: Confidence
    public var sources: [String]?
    /// The provision of the rulebook this row belongs to, if any.
    public var provision: String?
    public var note: LocalizedText?
    public var texts: [ProvisionText]?
}
