/// What she answered to one question. The case file stores it tagged by kind
/// (`{"list": ["…"]}`), so a case stays readable even if a questionnaire changes later.
public enum Answer: Sendable, Equatable, Hashable {
    case text(String)
    case list([String])
    case choice(ChoiceAnswer)
    case yesNo(Bool)
    case stakeholders([Stakeholder])
    case actions([ActionItem])

    /// True when nothing was filled in, which the wizard treats as no answer.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .list(let items): items.isEmpty
        case .choice(let choice): choice.selected.isEmpty && choice.other.isEmpty
        case .yesNo: false
        case .stakeholders(let people): people.isEmpty
        case .actions(let items): items.isEmpty
        }
    }

    /// Whether this answer has the shape a question of `kind` takes.
    public func fits(_ kind: QuestionKind) -> Bool {
        switch (self, kind) {
        case (.text, .text), (.text, .multiline), (.list, .list), (.choice, .choice),
            (.yesNo, .yesNo), (.stakeholders, .stakeholders), (.actions, .actions):
            true
        default:
            false
        }
    }
}

/// The picked choices (by id) and, where the question allows it, values she added herself.
public struct ChoiceAnswer: Codable, Sendable, Equatable, Hashable {
    public var selected: [String]
    public var other: [String]

    public init(selected: [String], other: [String] = []) {
        self.selected = selected
        self.other = other
    }
}
