import Foundation

/// Walks her through a route on a console: shows where she is, asks each question, and saves
/// the case after every answer (and every half-answer) before it asks anything else.
public struct WizardSession {
    public enum Outcome: Sendable, Equatable {
        /// Every question is answered or passed.
        case finished
        /// She typed `:stop`.
        case stopped
        /// Input ended (Ctrl-D) before the route did.
        case endOfInput
    }

    public internal(set) var wizard: Wizard
    let console: any Console
    let texts: MessageTable
    let clock: @Sendable () -> Date
    /// Decides which day a moment falls on, for the dated ecogram.
    public var timeZone: TimeZone = .current
    let save: (CaseFile) throws(CaseStoreError) -> Void
    /// Whose conditions are walked after H1; nil skips the walk.
    public var rulebook: Rulebook? = try? Rulebook.embedded()
    private var shownOrientation: Int?

    public init(
        wizard: Wizard, console: any Console, texts: MessageTable, clock: @escaping @Sendable () -> Date,
        save: @escaping (CaseFile) throws(CaseStoreError) -> Void
    ) {
        self.wizard = wizard
        self.console = console
        self.texts = texts
        self.clock = clock
        self.save = save
    }

    /// Asks for the case's title; Enter keeps the suggested one. Returns an outcome only when
    /// input ends here.
    public mutating func askTitle(suggested: String) throws(CaseStoreError) -> Outcome? {
        console.write(texts(.askTitle, ["suggested": suggested]) + "\n> ")
        guard let line = console.nextLine() else {
            wizard.rename(to: suggested, now: clock())
            try save(wizard.caseFile)
            return .endOfInput
        }
        let typed = line.trimmingCharacters(in: .whitespaces)
        wizard.rename(to: typed.isEmpty ? suggested : typed, now: clock())
        try save(wizard.caseFile)
        return nil
    }

    public mutating func run() throws(CaseStoreError) -> Outcome {
        while let question = wizard.currentQuestion {
            showHeader(for: question)
            if let walking = try resumeTheWalk(of: question) {
                if let outcome = walking { return outcome }
                continue
            }
            let prompter = QuestionPrompter(
                console: console, texts: texts, question: question, saved: wizard.currentDefault,
                keepDraft: { [clock, save, wizard] draft throws(CaseStoreError) in
                    var copy = wizard
                    copy.keepDraft(draft, now: clock())
                    try save(copy.caseFile)
                }, known: CaseSoFar(wizard.caseFile, questionnaire: wizard.questionnaire), brief: wizard.questionnaire.brief,
                resume: wizard.resumePoint,
                keepAt: { [clock, save, wizard] draft, point throws(CaseStoreError) in
                    var copy = wizard
                    copy.keepDraft(draft, at: point, now: clock())
                    try save(copy.caseFile)
                })
            let result = try prompter.ask()
            if let outcome = try handle(result, for: question) { return outcome }
        }
        if let outcome = try offerTheWalk() { return outcome }
        if let rulebook {
            let summary = ClosingSummary(caseFile: wizard.caseFile, questionnaire: wizard.questionnaire, rulebook: rulebook, texts: texts)
            console.write("\n" + summary.lines.joined(separator: "\n") + "\n")
        }
        console.write("\n" + texts(.finished, ["id": wizard.caseFile.id.rawValue]) + "\n")
        return .finished
    }

    private mutating func handle(_ result: QuestionPrompter.Result, for question: Question) throws(CaseStoreError)
        -> Outcome?
    {
        switch result {
        case .answer(let answer) where question.role == .norms && rulebook != nil && !wizard.questionnaire.brief:
            return try answerNorms(answer)
        case .answer(.actions(let plan)) where question.role == .actionPlan && rulebook != nil && !wizard.questionnaire.brief:
            return try answerPlan(plan, question: question.id)
        case .answer(let answer):
            do {
                try wizard.answer(answer, now: clock())
                if question.kind == .stakeholders { wizard.recordEcogram(on: CaseDay(clock(), in: timeZone)) }
            } catch { say(.answerNeeded) }
        case .empty:
            do { try wizard.skip(now: clock()) } catch { say(.answerNeeded) }
        case .command(.back, let partial):
            keep(partial)
            if !wizard.goBack() { say(.alreadyAtFirst) }
        case .command(.skip, let partial):
            do { try wizard.skip(now: clock()) } catch {
                keep(partial)
                say(.cannotSkip)
            }
        case .command(.stop, let partial):
            keep(partial)
            try save(wizard.caseFile)
            return .stopped
        case .endOfInput(let partial):
            keep(partial)
            try save(wizard.caseFile)
            return .endOfInput
        }
        try save(wizard.caseFile)
        return nil
    }

    private mutating func keep(_ partial: Answer?) {
        if let partial { wizard.keepDraft(partial, now: clock()) }
    }

    private mutating func showHeader(for question: Question) {
        let progress = wizard.progress
        let orientation = wizard.questionnaire.orientations[progress.orientationIndex]
        let language = texts.language
        if shownOrientation != progress.orientationIndex {
            shownOrientation = progress.orientationIndex
            console.write(
                "\n" + texts(.orientationBanner, [
                    "title": orientation.title.text(in: language),
                    "step": String(orientation.step),
                ]) + "\n" + orientation.intro.text(in: language) + "\n")
        }
        let optional = question.optional ? " " + texts(.optionalMark) : ""
        console.write(
            "\n" + texts(.questionCounter, [
                "n": String(progress.questionInOrientation), "of": String(progress.questionsInOrientation),
                "step": orientation.title.text(in: language), "overall": String(progress.overallQuestion),
                "total": String(progress.overallCount), "percent": String(progress.percentSettled),
            ]) + optional + "\n" + question.prompt.text(in: language) + "\n")
    }

    func say(_ key: MessageKey) {
        console.write(texts(key) + "\n")
    }
}
