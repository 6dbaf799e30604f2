import Foundation

/// After the action plan: walks the points, not judged yet, of the provisions her steps rest
/// on, shows whether each step's ground covers it, and for a step its ground does not cover
/// offers the grounds that might; one that covers can become the step's ground (Enter). Where
/// she is (the walk, the n-th offer, another ground being walked, the question to switch) is
/// saved as she goes, so a stop resumes at that very prompt.
struct GroundWalk {
    let console: any Console
    let texts: MessageTable
    let rulebook: Rulebook
    let clock: @Sendable () -> Date
    let save: (CaseFile) throws(CaseStoreError) -> Void
    var catalogue: GroundCatalogue = .embedded

    static let offerStep = "offer"
    static let alternativeStep = "alternative"
    static let switchStep = "switch"

    /// The walk's outcome and the plan, with the grounds she changed on the way.
    func run(_ plan: [ActionItem], question: String, in wizard: inout Wizard) throws(CaseStoreError)
        -> (ConditionWalk.Outcome, [ActionItem])
    {
        var plan = plan
        let resume = wizard.caseFile.resumePoint
        let stage = resume?.step == ConditionWalk.whyStep && resume?.index != nil ? Self.alternativeStep : resume?.step
        if stage == nil || stage == ConditionWalk.walkStep || stage == ConditionWalk.whyStep {
            let entries = provisions(of: plan, wizard.caseFile).map { ConditionWalk.Entry(provision: $0, named: nil) }
            let outcome = try walk(entries, anchor: ResumePoint(question: question, step: ConditionWalk.walkStep), in: &wizard)
            guard outcome == .done else { return (outcome, plan) }
        }
        let reasoning = self.reasoning(plan, question: question, wizard.caseFile, wizard.questionnaire)
        guard !reasoning.steps.isEmpty else { return (.done, plan) }
        let uncovered = reasoning.steps.filter { $0.outcome == .notCovered && !$0.alternatives.isEmpty }
        // Offers are counted by step number: a step switched to a covering ground drops out of
        // the list, and the ones before the mark are done.
        let first = [Self.offerStep, Self.alternativeStep, Self.switchStep].contains(stage) ? (resume?.index ?? 0) : 0
        if first == 0 {
            console.write("\n" + texts(.groundsHeading) + "\n")
            for step in reasoning.steps { show(step) }
        }
        for step in uncovered where step.step >= first {
            let here = ResumePoint(question: question, step: Self.offerStep, index: step.step)
            let resumed = step.step == first && (stage == Self.alternativeStep || stage == Self.switchStep) ? resume : nil
            switch try offerAlternatives(to: step, at: here, resumed: resumed, plan: &plan, in: &wizard) {
            case .done: continue
            case let other: return (other, plan)
            }
        }
        return (.done, plan)
    }

    /// The provisions her steps rest on, in plan order, each once.
    private func provisions(of plan: [ActionItem], _ caseFile: CaseFile) -> [Provision] {
        var seen: [String] = []
        for action in plan where CaseEvidence.needsGround(action, stakeholders: caseFile.stakeholders) {
            if let id = action.ground.flatMap(catalogue.ground)?.provision, !seen.contains(id) { seen.append(id) }
        }
        return seen.compactMap(rulebook.provision(id:))
    }

    private func walk(_ entries: [ConditionWalk.Entry], anchor: ResumePoint, in wizard: inout Wizard) throws(CaseStoreError)
        -> ConditionWalk.Outcome
    {
        var walk = ConditionWalk(
            console: console, texts: texts, facts: ProvisionFacts(rulebook: rulebook, texts: texts), entries: entries,
            code: CodeOnDate(day: wizard.caseFile.date, rulebook: rulebook), anchor: anchor, clock: clock, save: save)
        walk.factLines = CaseSoFar(wizard.caseFile, questionnaire: wizard.questionnaire).facts
        return try walk.run(&wizard)
    }

    private func reasoning(_ plan: [ActionItem], question: String, _ caseFile: CaseFile, _ route: Questionnaire) -> CaseReasoning {
        var caseFile = caseFile
        caseFile.answers[question] = .actions(plan)
        return CaseReasoning(caseFile: caseFile, questionnaire: route, rulebook: rulebook, catalogue: catalogue)
    }

    /// "Stap 1 (Griet), gezamenlijk beroepsgeheim: open — 1 punt nog niet beoordeeld"
    private func show(_ step: StepGround) {
        let ground = step.ground?.label.text(in: texts.language) ?? texts(.groundsNone)
        let names = SentenceName.list(step.told, language: texts.language)
        var line = texts(.groundsStep, ["step": String(step.step), "names": names, "ground": ground])
        if let verdict = step.verdict {
            line += ": " + VerdictText(texts: texts).sentence(verdict)
        } else if step.ground != nil {
            line += ": " + VerdictText(texts: texts).word(.open)
        }
        console.write("  " + line + "\n")
    }

    private func offerAlternatives(
        to step: StepGround, at here: ResumePoint, resumed: ResumePoint?, plan: inout [ActionItem], in wizard: inout Wizard
    ) throws(CaseStoreError) -> ConditionWalk.Outcome {
        if let resumed, let ground = resumed.ground.flatMap(catalogue.ground) {
            return try tryGround(ground, for: step, at: here, switching: resumed.step == Self.switchStep, plan: &plan, in: &wizard)
        }
        let options = step.alternatives
        wizard.mark(here, now: clock())
        try save(wizard.caseFile)
        say(.groundsOffer, ["step": String(step.step), "ground": step.ground?.label.text(in: texts.language) ?? ""])
        for (offset, ground) in options.enumerated() { console.write("    \(offset + 1). \(ground.label.text(in: texts.language))\n") }
        while true {
            switch console.reply(marker: "  > ", texts: texts, help: { texts(.conditionsHelp) }) {
            case .text(let typed) where typed.isEmpty: return .done
            case .text(let typed), .edited(let typed):
                guard let index = TypedNumber.index(typed, count: options.count) else {
                    say(.invalidGround, ["count": String(options.count)])
                    continue
                }
                return try tryGround(options[index], for: step, at: here, switching: false, plan: &plan, in: &wizard)
            case .command(.stop): return .stop
            case .command: return .done
            case .endOfInput: return .endOfInput
            }
        }
    }

    /// Walks the other ground; when it covers the step, offers to let the step rest on it.
    private func tryGround(
        _ ground: Ground, for step: StepGround, at here: ResumePoint, switching: Bool, plan: inout [ActionItem],
        in wizard: inout Wizard
    ) throws(CaseStoreError) -> ConditionWalk.Outcome {
        var trying = here
        trying.step = Self.alternativeStep
        trying.ground = ground.id
        if !switching, let provision = ground.provision.flatMap(rulebook.provision(id:)) {
            wizard.mark(trying, now: clock())
            try save(wizard.caseFile)
            let outcome = try walk([ConditionWalk.Entry(provision: provision, named: nil)], anchor: trying, in: &wizard)
            guard outcome == .done else { return outcome }
        }
        var trial = plan
        trial[step.step - 1].ground = ground.id
        guard let tried = reasoning(trial, question: here.question, wizard.caseFile, wizard.questionnaire).steps
            .first(where: { $0.step == step.step })
        else { return .done }
        show(tried)
        guard tried.outcome == .covered else { return .done }
        trying.step = Self.switchStep
        wizard.mark(trying, now: clock())
        try save(wizard.caseFile)
        say(.groundsSwitch, ["step": String(step.step), "ground": ground.label.text(in: texts.language)])
        switch console.reply(marker: "  > ", texts: texts, help: { texts(.conditionsHelp) }) {
        case .text(let typed), .edited(let typed):
            if typed.isEmpty || ChoiceInput.yesNo(typed) == true {
                plan = trial
                wizard.keepDraft(.actions(plan), now: clock())
            }
            var next = here
            next.index = step.step + 1
            wizard.mark(next, now: clock())
            try save(wizard.caseFile)
            return .done
        case .command(.stop): return .stop
        case .command: return .done
        case .endOfInput: return .endOfInput
        }
    }

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        console.write(texts(key, arguments) + "\n")
    }
}
