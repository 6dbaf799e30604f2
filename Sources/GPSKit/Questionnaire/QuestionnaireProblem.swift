/// One thing wrong with a questionnaire file, with the file and question it concerns.
public enum QuestionnaireProblem: Sendable, Equatable {
    case unreadable(file: String, detail: String)
    case unsupportedFormat(file: String, version: Int)
    case duplicateQuestionnaire(file: String, id: String)
    case invalidQuestionID(file: String, question: String)
    case duplicateQuestion(file: String, question: String)
    case invalidCover(file: String, question: String, cover: String)
    case emptyText(file: String, question: String, field: String)
    case missingChoices(file: String, question: String)
    case unexpectedChoices(file: String, question: String)
    case duplicateChoice(file: String, question: String, choice: String)
    case missingSource(file: String)
    case noQuestions(file: String)
    case unknownBase(file: String, base: String)
    case unknownSelection(file: String, question: String)
    /// `askIf` names no earlier yes/no question or choice of an earlier choice question.
    case invalidAskIf(file: String, question: String, after: String)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .unsupportedFormat(let file, _),
            .duplicateQuestionnaire(let file, _), .invalidQuestionID(let file, _),
            .duplicateQuestion(let file, _), .invalidCover(let file, _, _),
            .emptyText(let file, _, _), .missingChoices(let file, _),
            .unexpectedChoices(let file, _), .duplicateChoice(let file, _, _),
            .missingSource(let file), .noQuestions(let file), .unknownBase(let file, _),
            .unknownSelection(let file, _), .invalidAskIf(let file, _, _):
            file
        }
    }
}

/// A questionnaire that could not be used; lists every problem found, not just the first.
public struct QuestionnaireError: Error, Sendable, Equatable {
    public var problems: [QuestionnaireProblem]
}
