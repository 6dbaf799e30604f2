/// One point of a provision's checklist, which the wizard walks (yes / no / not sure, or a
/// pick among its options).
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
    /// A few words naming the point in a verdict.
    public var short: LocalizedText?
    public var confidence: Confidence
    public var sources: [String]
    /// When set, she judges the point by picking what holds; none of them is "not met".
    public var options: [ConditionOption]
    /// Whether a plain yes (no option picked, as in older answers) leaves the point open.
    public var requiresChoice: Bool
    /// How sure the point is for facts under the new Criminal Code, when less sure than that.
    public var underNewCode: CodeCaveat?
    /// For an exception: the provisions whose cover makes it hold.
    public var coveredBy: [String]

    enum CodingKeys: String, CodingKey {
        case id, kind, group, text, short, confidence, sources, options, requiresChoice, underNewCode, coveredBy
    }

    /// Whether the caregiver is asked to judge it.
    public var isJudged: Bool { kind != .note }

    /// Whether she answers by picking options rather than yes / no / not sure.
    public var isChoice: Bool { !options.isEmpty }

    public func option(_ id: String) -> ConditionOption? { options.first { $0.id == id } }

    /// The point's short name, or its whole text when it has none.
    public func shortText(in language: Language) -> String {
        (short ?? text).text(in: language)
    }
}

extension Condition {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(Kind.self, forKey: .kind)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        text = try container.decode(LocalizedText.self, forKey: .text)
        short = try container.decodeIfPresent(LocalizedText.self, forKey: .short)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        options = try container.decodeIfPresent([ConditionOption].self, forKey: .options) ?? []
        requiresChoice = try container.decodeIfPresent(Bool.self, forKey: .requiresChoice) ?? false
        underNewCode = try container.decodeIfPresent(CodeCaveat.self, forKey: .underNewCode)
        coveredBy = try container.decodeIfPresent([String].self, forKey: .coveredBy) ?? []
    }
}

/// One thing that can make a choice point hold, with its own confidence.
public struct ConditionOption: Sendable, Decodable, Identifiable {
    public var id: String
    public var text: LocalizedText
    public var confidence: Confidence
    public var sources: [String]
    public var underNewCode: CodeCaveat?

    enum CodingKeys: String, CodingKey { case id, text, confidence, sources, underNewCode }
}

extension ConditionOption {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(LocalizedText.self, forKey: .text)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        underNewCode = try container.decodeIfPresent(CodeCaveat.self, forKey: .underNewCode)
    }
}

/// A fact that is less sure for facts from the day the new Criminal Code applies, and why.
public struct CodeCaveat: Sendable, Decodable {
    public var confidence: Confidence
    public var sources: [String]
    public var note: LocalizedText

    enum CodingKeys: String, CodingKey { case confidence, sources, note }
}

extension CodeCaveat {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        confidence = try container.decode(Confidence.self, forKey: .confidence)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        note = try container.decode(LocalizedText.self, forKey: .note)
    }
}

/// The conditions of a provision and what it means when they hold.
public struct Checklist: Sendable, Decodable {
    public var meaning: LocalizedText
    public var conditions: [Condition]
}
