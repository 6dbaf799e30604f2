/// Where she is: the step, the question within the step, and the whole route.
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
        var start = 0
        var index = orientations.count
        var within = 0
        for (offset, orientation) in orientations.enumerated() {
            if position < start + orientation.questions.count {
                index = offset
                within = position - start
                break
            }
            start += orientation.questions.count
        }
        orientationIndex = index
        orientationCount = orientations.count
        questionInOrientation = within + 1
        questionsInOrientation = index < orientations.count ? orientations[index].questions.count : 0
        overallQuestion = position + 1
        overallCount = questionnaire.questions.count
        settledCount = questionnaire.questions.filter { caseFile.isSettled($0.id) }.count
    }

    /// Whole percent of the route settled.
    public var percentSettled: Int {
        overallCount == 0 ? 100 : settledCount * 100 / overallCount
    }
}
