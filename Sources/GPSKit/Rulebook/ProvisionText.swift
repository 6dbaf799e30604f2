/// The wording of a provision: statutory text copied from a source, or a summary in our own
/// words that must never be shown in quotation marks.
public enum ProvisionText: Sendable, Decodable {
    case verbatim(Verbatim)
    case paraphrase(Paraphrase)

    public struct Verbatim: Sendable, Decodable {
        /// Which article this is, as shown ("art. 458bis Sw. 1867").
        public var article: String
        /// The language of the statute text: nl, fr or de.
        public var language: String
        public var body: String
        /// The id of the source it was copied from.
        public var source: String
        public var confidence: Confidence
        /// The version caveat shown with the text.
        public var versionNote: LocalizedText
    }

    public struct Paraphrase: Sendable, Decodable {
        public var body: LocalizedText
        public var confidence: Confidence
        public var sources: [String]?
    }

    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .kind)
        switch kind {
        case "verbatim": self = .verbatim(try Verbatim(from: decoder))
        case "paraphrase": self = .paraphrase(try Paraphrase(from: decoder))
        default:
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown text kind \(kind)"))
        }
    }

    public var confidence: Confidence {
        switch self {
        case .verbatim(let text): text.confidence
        case .paraphrase(let text): text.confidence
        }
    }
}
