/// A question asked only after a certain answer to an earlier one: the why after a "no".
public struct AskIf: Codable, Sendable, Equatable {
    /// The yes/no answer, or the choice id, that makes the question apply.
    public enum Value: Codable, Sendable, Equatable {
        case yesNo(Bool)
        case choice(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .yesNo(flag)
            } else {
                self = .choice(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .yesNo(let flag): try container.encode(flag)
            case .choice(let id): try container.encode(id)
            }
        }
    }

    public var question: String
    public var value: Value

    enum CodingKeys: String, CodingKey {
        case question
        case value = "is"
    }

    public init(question: String, value: Value) {
        self.question = question
        self.value = value
    }

    /// Whether the case's answer to the earlier question is the one that makes this one apply.
    public func holds(in caseFile: CaseFile) -> Bool {
        switch (caseFile.answers[question], value) {
        case (.yesNo(let given)?, .yesNo(let wanted)): given == wanted
        case (.choice(let given)?, .choice(let wanted)): given.selected.contains(wanted)
        default: false
        }
    }
}
