/// One point of a provision's checklist, which the wizard walks (yes / no / not sure).
public struct Condition: Sendable, Decodable, Identifiable {
    public enum Kind: String, Sendable, Decodable, CaseIterable {
        /// Must hold for the provision to apply.
        case required
        /// One condition of its `group` must hold (458bis: danger A or danger B).
        case oneOf
        /// If it holds, the provision does not apply (an exception to an offence).
        case exception
        /// Raises the penalty; does not decide whether the provision applies.
        case aggravating
        /// Shown to the caregiver, not judged.
        case note
    }

    public var id: String
    public var kind: Kind
    public var group: String?
    public var text: LocalizedText
    public var confidence: Confidence
    public var sources: [String]

    enum CodingKeys: String, CodingKey { case id, kind, group, text, confidence, sources }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(Kind.self, forKey: .kind)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        text = try container.decode(LocalizedText.self, forKey: .text)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
    }

    /// Whether the caregiver is asked to judge it.
    public var isJudged: Bool { kind != .note }
}

/// The conditions of a provision and what it means when they hold.
public struct Checklist: Sendable, Decodable {
    public var meaning: LocalizedText
    public var conditions: [Condition]
}
