/// Where she is: the step, the question within the step, and the whole route, counting only the
/// questions that apply to her case (a why after a "no" counts once the "no" is given).
public struct WizardProgress: Sendable, Equatable {
    /// 0-based index of the current step; equals the step count when done.
    public var orientationIndex: Int
    public var orientationCount: Int
    /// 1-based number of the current question within its step.
    public var questionInOrientation: Int
    public var questionsInOrientation: Int
    /// 1-based number of the current question in the route.
    public var overallQuestion: Int
    public var overallCount: Int
    /// Questions answered or passed so far.
    public var settledCount: Int

    init(questionnaire: Questionnaire, position: Int, caseFile: CaseFile) {
        let orientations = questionnaire.orientations
        let current = position < questionnaire.questions.count ? questionnaire.questions[position].id : nil
        let applies = { (question: Question) in question.applies(to: caseFile) || question.id == current }
        var before = 0
        var index = orientations.count
        var within = 0
        var inStep = 0
        for (offset, orientation) in orientations.enumerated() {
            let asked = orientation.questions.filter(applies)
            if let current, let rank = asked.firstIndex(where: { $0.id == current }) {
                index = offset
                within = rank
                inStep = asked.count
                break
            }
            before += asked.count
        }
        let asked = questionnaire.questions.filter(applies)
        orientationIndex = index
        orientationCount = orientations.count
        questionInOrientation = within + 1
        questionsInOrientation = inStep
        overallQuestion = index < orientations.count ? before + within + 1 : asked.count + 1
        overallCount = asked.count
        settledCount = asked.filter { questionnaire.isSettled($0, in: caseFile) }.count
    }

    /// Whole percent of the route settled.
    public var percentSettled: Int {
        overallCount == 0 ? 100 : settledCount * 100 / overallCount
    }
}
