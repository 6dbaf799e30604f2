/// A fact with the confidence it deserves and where it comes from; `note` qualifies it
/// (e.g. "some sources give 9 April 2026").
public struct Sourced<Value: Sendable & Decodable>: Sendable, Decodable {
    public var value: Value
    public var confidence: Confidence
    public var sources: [String]
    public var note: LocalizedText?

    enum CodingKeys: String, CodingKey { case value, confidence, sources, note }
}

extension Sourced {
    public init(_ value: Value, confidence: Confidence, sources: [String] = [], note: LocalizedText? = nil) {
        self.value = value
        self.confidence = confidence
        self.sources = sources
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A JSON null is a value here ("no new number"), so decode it as such, not as a missing key.
        value = try container.decode(Value.self, forKey: .value)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
    }
}

extension Sourced: Equatable where Value: Equatable {}
