extension Answer: Codable {
    private enum Tag: String, CodingKey, CaseIterable {
        case text, list, choice, yesNo, stakeholders, actions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Tag.self)
        guard container.allKeys.count == 1, let tag = container.allKeys.first else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "an answer has exactly one of: "
                        + Tag.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        switch tag {
        case .text: self = .text(try container.decode(String.self, forKey: tag))
        case .list: self = .list(try container.decode([String].self, forKey: tag))
        case .choice: self = .choice(try container.decode(ChoiceAnswer.self, forKey: tag))
        case .yesNo: self = .yesNo(try container.decode(Bool.self, forKey: tag))
        case .stakeholders: self = .stakeholders(try container.decode([Stakeholder].self, forKey: tag))
        case .actions: self = .actions(try container.decode([ActionItem].self, forKey: tag))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Tag.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: .text)
        case .list(let value): try container.encode(value, forKey: .list)
        case .choice(let value): try container.encode(value, forKey: .choice)
        case .yesNo(let value): try container.encode(value, forKey: .yesNo)
        case .stakeholders(let value): try container.encode(value, forKey: .stakeholders)
        case .actions(let value): try container.encode(value, forKey: .actions)
        }
    }
}
