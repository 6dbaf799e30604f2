/// A questionnaire problem as one line naming the file and the question.
enum QuestionnaireProblemText {
    static func describe(_ problem: QuestionnaireProblem, _ texts: MessageTable) -> String {
        let (key, arguments) = parts(of: problem)
        return texts(.questionnaireProblem, ["file": problem.file, "problem": texts(key, arguments)])
    }

    private static func parts(of problem: QuestionnaireProblem) -> (MessageKey, [String: String]) {
        switch problem {
        case .unreadable(_, let detail): (.qpUnreadable, ["detail": detail])
        case .unsupportedFormat(_, let version): (.qpUnsupportedFormat, ["version": String(version)])
        case .duplicateQuestionnaire(_, let id): (.qpDuplicateQuestionnaire, ["id": id])
        case .invalidQuestionID(_, let question): (.qpInvalidQuestionID, ["question": question])
        case .duplicateQuestion(_, let question): (.qpDuplicateQuestion, ["question": question])
        case .invalidAskIf(_, let question, let after): (.qpInvalidAskIf, ["question": question, "after": after])
        case .invalidCover(_, let question, let cover): (.qpInvalidCover, ["question": question, "cover": cover])
        case .emptyText(_, let question, let field): (.qpEmptyText, ["question": question, "field": field])
        case .missingChoices(_, let question): (.qpMissingChoices, ["question": question])
        case .unexpectedChoices(_, let question): (.qpUnexpectedChoices, ["question": question])
        case .duplicateChoice(_, let question, let choice): (.qpDuplicateChoice, ["question": question, "choice": choice])
        case .missingSource: (.qpMissingSource, [:])
        case .noQuestions: (.qpNoQuestions, [:])
        case .unknownBase(_, let base): (.qpUnknownBase, ["base": base])
        case .unknownSelection(_, let question): (.qpUnknownSelection, ["question": question])
        }
    }
}
