import Foundation

/// The conditions walks of the wizard: after the norms question (H1), after the plan (its
/// grounds), and for the short route once at the end. Each keeps its question's answer as a
/// draft and marks where it is, so a stop anywhere in a walk resumes in that walk.
extension WizardSession {
    static let walkSteps: Set<String> = [
        ConditionWalk.walkStep, ConditionWalk.whyStep, GroundWalk.offerStep, GroundWalk.alternativeStep, GroundWalk.switchStep,
    ]

    /// When she stopped in the walk of the current question: goes on there with the answer she
    /// gave. Nil when there is no walk to go on with; otherwise the outcome (nil: go on).
    mutating func resumeTheWalk(of question: Question) throws(CaseStoreError) -> Outcome?? {
        guard let point = wizard.resumePoint, Self.walkSteps.contains(point.step), let answer = wizard.currentDefault,
            rulebook != nil
        else { return nil }
        switch (question.role, answer) {
        case (.norms, _): return .some(try answerNorms(answer))
        case (.actionPlan, .actions(let plan)): return .some(try answerPlan(plan, question: question.id))
        default: return nil
        }
    }

    /// Keeps the norms answer as a draft while the conditions of what it names are walked, so a
    /// stop mid-walk brings her back into the walk on resume; the answer counts once it is done.
    mutating func answerNorms(_ answer: Answer) throws(CaseStoreError) -> Outcome? {
        guard let rulebook, let question = wizard.currentQuestion else { return nil }
        let anchor = ResumePoint(question: question.id, step: ConditionWalk.walkStep)
        if wizard.resumePoint == nil { wizard.keepDraft(answer, at: anchor, now: clock()) }
        try save(wizard.caseFile)
        let items: [String]
        switch answer {
        case .list(let list): items = list
        case .text(let text): items = [text]
        default: items = []
        }
        var walk = ConditionWalk(
            console: console, texts: texts, facts: ProvisionFacts(rulebook: rulebook, texts: texts),
            law: CitedLaw(items, rulebook: rulebook), code: CodeOnDate(day: wizard.caseFile.date, rulebook: rulebook),
            anchor: anchor, clock: clock, save: save)
        walk.factLines = CaseSoFar(wizard.caseFile, questionnaire: wizard.questionnaire).facts
        return try finish(walk.run(&wizard), answer: answer)
    }

    /// Keeps the plan as a draft while the grounds of its steps are walked, like the norms
    /// answer; the plan counts, with any ground she changed, once the walk is done.
    mutating func answerPlan(_ plan: [ActionItem], question: String) throws(CaseStoreError) -> Outcome? {
        guard let rulebook else { return nil }
        if wizard.resumePoint == nil {
            wizard.keepDraft(.actions(plan), at: ResumePoint(question: question, step: ConditionWalk.walkStep), now: clock())
        }
        try save(wizard.caseFile)
        let walk = GroundWalk(console: console, texts: texts, rulebook: rulebook, clock: clock, save: save)
        let (outcome, walked) = try walk.run(plan, question: question, in: &wizard)
        wizard.keepDraft(.actions(walked), now: clock())
        return try finish(outcome, answer: .actions(walked))
    }

    private mutating func finish(_ outcome: ConditionWalk.Outcome, answer: Answer) throws(CaseStoreError) -> Outcome? {
        switch outcome {
        case .done:
            do { try wizard.answer(answer, now: clock()) } catch { say(.answerNeeded) }
        case .back:
            wizard.mark(nil, now: clock())
        case .stop:
            try save(wizard.caseFile)
            return .stopped
        case .endOfInput:
            try save(wizard.caseFile)
            return .endOfInput
        }
        try save(wizard.caseFile)
        return nil
    }

    /// The short route walks no conditions on the way: at the end it offers the walk of every
    /// provision named or rested on, once, with "later" as the default; a walk she stopped in
    /// goes on without asking again. Nil when the walk ends or there is nothing to walk.
    public mutating func offerTheWalk() throws(CaseStoreError) -> Outcome? {
        guard let rulebook, wizard.questionnaire.brief else { return nil }
        let facts = ProvisionFacts(rulebook: rulebook, texts: texts)
        var walk = ConditionWalk(
            console: console, texts: texts, facts: facts,
            entries: PendingWalk(caseFile: wizard.caseFile, questionnaire: wizard.questionnaire, rulebook: rulebook).entries,
            code: CodeOnDate(day: wizard.caseFile.date, rulebook: rulebook),
            anchor: ResumePoint(question: ResumePoint.endOfRoute, step: ConditionWalk.walkStep), clock: clock, save: save)
        walk.factLines = CaseSoFar(wizard.caseFile, questionnaire: wizard.questionnaire).facts
        let points = walk.pointsToAsk(given: wizard.caseFile.conditionJudgments)
        let underWay = wizard.caseFile.resumePoint?.question == ResumePoint.endOfRoute
        guard !points.isEmpty || underWay else { return nil }
        if !underWay {
            let offered = walk.entries.filter { entry in points.contains { $0.provisionID == entry.provision.id } }.map(\.provision)
            console.write("\n" + texts(.walkOffer, ["provisions": facts.sentenceList(offered), "count": String(points.count)]) + "\n")
            switch console.reply(marker: "> ", texts: texts, help: { texts(.walkOfferHelp) }) {
            case .text(let typed) where ChoiceInput.yesNo(typed) == true:
                wizard.mark(walk.anchor, now: clock())
                try save(wizard.caseFile)
            case .text, .edited, .command(.back), .command(.skip): return nil
            case .command(.stop): return .stopped
            case .endOfInput: return .endOfInput
            }
        }
        let outcome = try walk.run(&wizard)
        switch outcome {
        case .done, .back:
            wizard.mark(nil, now: clock())
            try save(wizard.caseFile)
            return nil
        case .stop: return .stopped
        case .endOfInput: return .endOfInput
        }
    }
}

extension WizardSession {
    /// Whether a finished short-route case still has conditions to walk, or a walk under way.
    public static func hasWalkLeft(_ wizard: Wizard) -> Bool {
        guard let rulebook = try? Rulebook.embedded() else { return false }
        if wizard.caseFile.resumePoint?.question == ResumePoint.endOfRoute { return true }
        let entries = PendingWalk(caseFile: wizard.caseFile, questionnaire: wizard.questionnaire, rulebook: rulebook).entries
        return entries.contains { entry in
            entry.provision.conditions.contains { $0.isJudged && wizard.caseFile.conditionJudgments[entry.provision.id]?[$0.id] == nil }
        }
    }

    /// On coming back to a case on a later day: with whom she consulted since and what came of
    /// it, added to the route's consultations (K4). Nil unless input ends or she stops here.
    public mutating func askWhatCameOfConsulting(today: CaseDay) throws(CaseStoreError) -> Outcome? {
        guard let question = wizard.questionnaire.question(withRole: .consulted), question.kind == .list,
            CaseDay(wizard.caseFile.updated, in: timeZone) < today
        else { return nil }
        console.write("\n" + texts(.consultedSince) + "\n")
        var items: [String] = []
        if case .list(let given)? = wizard.caseFile.answers[question.id] { items = given }
        while true {
            switch console.reply(marker: "> ", texts: texts, help: { question.help.text(in: texts.language) }) {
            case .text(let line) where line.isEmpty: return nil
            case .text(let line), .edited(let line):
                items.append(line)
                wizard.setAnswer(.list(items), for: question.id, now: clock())
                try save(wizard.caseFile)
                if items.count >= InputLimits.entries {
                    console.write(texts(.listFull, ["limit": String(InputLimits.entries)]) + "\n")
                    return nil
                }
            case .command(.stop): return .stopped
            case .command: return nil
            case .endOfInput: return .endOfInput
            }
        }
    }
}
