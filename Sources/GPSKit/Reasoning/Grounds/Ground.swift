/// What a step that tells someone something about the family rests on: consent, shared or
/// joint secrecy, a permission of the Criminal Code, necessity, the duty to help, another duty.
public struct Ground: Sendable, Decodable, Identifiable, Equatable {
    /// A point of the provision that the step's own facts can fail.
    public enum StepReading: String, Sendable, Decodable {
        /// Every recipient is the public prosecutor.
        case recipientIsProsecutor
        /// No recipient works in forced help or speaks for society.
        case recipientNotForced
    }

    /// Stable id, as stored in the case and written in answers files (`"ground": "consent"`).
    public var id: String
    /// The rulebook provision whose points decide whether it covers a step; none for a duty
    /// GPS cannot check.
    public var provision: String?
    public var label: LocalizedText
    /// Grounds worth walking when this one does not cover the step.
    public var alternatives: [String]
    /// By condition id of the provision.
    public var readFromStep: [String: StepReading]
    /// Whether it shares within the help (consent, shared or joint secrecy), rather than
    /// stepping outside it on a legal ground (a report, a call for help).
    public var withinTheHelp: Bool

    enum CodingKeys: String, CodingKey { case id, provision, label, alternatives, readFromStep, withinTheHelp }
}

extension Ground {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        provision = try container.decodeIfPresent(String.self, forKey: .provision)
        label = try container.decode(LocalizedText.self, forKey: .label)
        alternatives = try container.decodeIfPresent([String].self, forKey: .alternatives) ?? []
        readFromStep = try container.decodeIfPresent([String: StepReading].self, forKey: .readFromStep) ?? [:]
        withinTheHelp = try container.decodeIfPresent(Bool.self, forKey: .withinTheHelp) ?? false
    }
}
