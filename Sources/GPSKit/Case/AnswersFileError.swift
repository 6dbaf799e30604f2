/// Everything wrong with an answers file, each problem naming the question or field.
public struct AnswersFileError: Error, Sendable, Equatable {
    public var file: String
    public var problems: [AnswersFileProblem]
}

public enum AnswersFileProblem: Error, Sendable, Equatable {
    case unreadable(detail: String)
    case syntax(JSONParser.SyntaxError)
    case notAnObject
    case unknownField(String)
    case wrongFieldType(field: String)
    case unknownRoute(String)
    case unknownQuestion(String, route: String)
    case wrongType(question: String, expected: QuestionKind)
    case unknownChoice(question: String, value: String)
    case tooManyChoices(question: String)
    case missingName(question: String, entry: Int)
    case unknownEntryField(question: String, entry: Int, field: String)
    case unknownEntryValue(question: String, entry: Int, field: String, value: String, allowed: [String])
    case ecogramNotEarlier(CaseDay)
    case invalidDate(field: String, value: String)
    case requiredEmpty(String)
    /// An action's `participants`, `recipients` (or older `sharesWith`) names someone who is not
    /// among the stakeholders.
    case unknownPerson(question: String, entry: Int, field: String, name: String, known: [String])
    /// An action's `ground` is not one GPS knows.
    case unknownGround(question: String, entry: Int, value: String, known: [String])
    /// A list longer than its limit (`InputLimits`); `question` is the path to it.
    case tooManyEntries(question: String, count: Int, limit: Int)
    /// More entries in several lists together than they may hold (the people of all earlier ecograms).
    case tooManyInAll(field: String, count: Int, limit: Int)
    /// A text longer than `InputLimits.answerBytes`; `question` is the path to it.
    case tooLong(question: String, bytes: Int, limit: Int)
    /// Larger than `InputLimits.answersFileBytes`.
    case fileTooLarge(bytes: Int, limit: Int)
    case notUTF8
    /// `conditions` names a provision the rulebook does not know.
    case unknownProvision(String)
    /// `conditions` judges a provision that the answer to H1 does not name.
    case provisionNotNamed(String, question: String)
    /// A condition id the provision does not have, or one that is only a note.
    case unknownCondition(provision: String, condition: String, known: [String])
    case unknownJudgment(provision: String, condition: String, value: String)
    /// A picked option the condition does not offer.
    case unknownOption(provision: String, condition: String, value: String, known: [String])
}
