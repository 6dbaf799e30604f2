/// A route through the method: its steps and questions, resolved and validated.
public struct Questionnaire: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText
    /// Where the method comes from, cited in the record.
    public var source: LocalizedText
    public var orientations: [Orientation]
    public var purpose: QuestionnairePurpose
    /// Asked briefly: see `QuestionnaireFile.brief`.
    public var brief: Bool

    public init(
        id: String, title: LocalizedText, description: LocalizedText, source: LocalizedText,
        orientations: [Orientation], purpose: QuestionnairePurpose = .route, brief: Bool = false
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.source = source
        self.orientations = orientations
        self.purpose = purpose
        self.brief = brief
    }

    /// Every question in the order she is asked them.
    public var questions: [Question] { orientations.flatMap(\.questions) }

    public func question(withID id: String) -> Question? {
        questions.first { $0.id == id }
    }

    /// The first question with this role, if the route asks it.
    public func question(withRole role: QuestionRole) -> Question? {
        questions.first { $0.role == role }
    }

    public func questions(withRole role: QuestionRole) -> [Question] {
        questions.filter { $0.role == role }
    }

    public func orientation(containing questionID: String) -> Orientation? {
        orientations.first { $0.questions.contains { $0.id == questionID } }
    }

    /// Whether a question needs nothing more: answered, passed, or not asked in this case.
    public func isSettled(_ question: Question, in caseFile: CaseFile) -> Bool {
        caseFile.isSettled(question.id) || !question.applies(to: caseFile)
    }

    /// The questions still open in a case.
    public func openQuestions(in caseFile: CaseFile) -> [Question] {
        questions.filter { !isSettled($0, in: caseFile) }
    }
}
