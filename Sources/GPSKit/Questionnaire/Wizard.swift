import Foundation

/// The walk through a route as a pure state machine: which question is current, and what
/// answering, skipping or going back does to the case. It never asks or prints anything.
public struct Wizard: Sendable {
    public let questionnaire: Questionnaire
    public private(set) var caseFile: CaseFile
    /// Index into `questionnaire.questions`; equal to its count when the route is done.
    public private(set) var position: Int

    /// Starts at the first question not yet answered or passed, so a resumed case goes on
    /// where it stopped.
    public init(questionnaire: Questionnaire, caseFile: CaseFile) {
        self.questionnaire = questionnaire
        self.caseFile = caseFile
        let questions = questionnaire.questions
        position = questions.firstIndex { !questionnaire.isSettled($0, in: caseFile) } ?? questions.count
    }

    public var isFinished: Bool { position >= questionnaire.questions.count }

    public var currentQuestion: Question? {
        isFinished ? nil : questionnaire.questions[position]
    }

    /// What she gave before for the current question (a draft first), offered as the default.
    public var currentDefault: Answer? {
        guard let question = currentQuestion else { return nil }
        return caseFile.drafts[question.id] ?? caseFile.answers[question.id]
    }

    /// Stores the answer to the current question and moves to the next one.
    public mutating func answer(_ answer: Answer, now: Date) throws(WizardError) {
        guard let question = currentQuestion else { throw .finished }
        guard answer.fits(question.kind) else { throw .wrongKind(question: question.id, expected: question.kind) }
        guard !answer.isEmpty else {
            guard question.optional else { throw .required(question: question.id) }
            return try skip(now: now)
        }
        caseFile.answers[question.id] = answer
        caseFile.drafts[question.id] = nil
        caseFile.skipped.remove(question.id)
        if caseFile.resumePoint?.question == question.id { caseFile.resumePoint = nil }
        caseFile.updated = now
        advance()
    }

    /// Passes an optional question; its earlier answer, if any, is dropped.
    public mutating func skip(now: Date) throws(WizardError) {
        guard let question = currentQuestion else { throw .finished }
        guard question.optional else { throw .required(question: question.id) }
        caseFile.answers[question.id] = nil
        caseFile.drafts[question.id] = nil
        caseFile.skipped.insert(question.id)
        if caseFile.resumePoint?.question == question.id { caseFile.resumePoint = nil }
        caseFile.updated = now
        advance()
    }

    /// To the next question that applies: a why after a "no" only follows that "no".
    private mutating func advance() {
        position += 1
        while let question = currentQuestion, !question.applies(to: caseFile) { position += 1 }
    }

    /// Keeps a half-finished answer so that nothing typed is lost when she stops mid-question;
    /// where inside the question she is stays as it was.
    public mutating func keepDraft(_ draft: Answer, now: Date) {
        guard let question = currentQuestion, draft.fits(question.kind) else { return }
        caseFile.drafts[question.id] = draft.isEmpty ? nil : draft
        caseFile.updated = now
    }

    /// Keeps a half-finished answer and the sub-prompt she is at (nil: none, the next thing
    /// asked is the question's own next line).
    public mutating func keepDraft(_ draft: Answer, at point: ResumePoint?, now: Date) {
        keepDraft(draft, now: now)
        caseFile.resumePoint = point
    }

    /// Notes where she is in a walk or an offer, which keep no draft of their own.
    public mutating func mark(_ point: ResumePoint?, now: Date) {
        caseFile.resumePoint = point
        caseFile.updated = now
    }

    /// The sub-prompt to open at, when she stopped inside the current question.
    public var resumePoint: ResumePoint? {
        guard let point = caseFile.resumePoint, point.question == currentQuestion?.id else { return nil }
        return point
    }

    /// Stores her judgment of one condition of a provision named in H1.
    public mutating func judge(_ judgment: ConditionJudgment, condition: String, of provision: String, now: Date) {
        caseFile.conditionJudgments[provision, default: [:]][condition] = judgment
        caseFile.updated = now
    }

    /// Stores an answer to a question other than the current one (what came of consulting,
    /// asked on coming back); where she is in the route does not change.
    public mutating func setAnswer(_ answer: Answer, for questionID: String, now: Date) {
        guard let question = questionnaire.question(withID: questionID), answer.fits(question.kind) else { return }
        caseFile.answers[questionID] = answer
        caseFile.skipped.remove(questionID)
        caseFile.updated = now
    }

    /// Notes the network as it stands today, after she changed the stakeholders.
    public mutating func recordEcogram(on day: CaseDay) {
        caseFile.recordEcogram(on: day)
    }

    /// Goes back one question; its answer stays and is offered as the default.
    /// Returns false at the first question.
    @discardableResult
    public mutating func goBack() -> Bool {
        let questions = questionnaire.questions
        guard let previous = questions[..<min(position, questions.count)].lastIndex(where: { $0.applies(to: caseFile) })
        else { return false }
        position = previous
        return true
    }

    /// Jumps to a question by id or by its 1-based number in the route.
    public mutating func move(to question: String) -> Bool {
        let questions = questionnaire.questions
        if let index = TypedNumber.index(question, count: questions.count) {
            position = index
        } else if let index = questions.firstIndex(where: { $0.id == question }) {
            position = index
        } else {
            return false
        }
        return true
    }

    public mutating func rename(to title: String, now: Date) {
        caseFile.title = title
        caseFile.updated = now
    }

    public var progress: WizardProgress {
        WizardProgress(questionnaire: questionnaire, position: position, caseFile: caseFile)
    }
}

/// Why the wizard refused a step.
public enum WizardError: Error, Sendable, Equatable {
    case required(question: String)
    case wrongKind(question: String, expected: QuestionKind)
    case finished
}
