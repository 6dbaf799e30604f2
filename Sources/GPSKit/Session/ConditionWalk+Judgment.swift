/// Asking one point: the judgment (or the options that hold), then why.
extension ConditionWalk {
    func ask(_ point: Point, in wizard: inout Wizard) throws(CaseStoreError) -> Step {
        let provision = point.provisionID
        let previous = wizard.caseFile.conditionJudgments[provision]?[point.condition.id]
        var line = "\n" + texts(.conditionsPoint, [
            "n": String(point.number), "count": String(point.count), "text": point.condition.text.text(in: texts.language),
        ])
        if point.condition.confidence == .unverified { line += " " + texts(.conditionsUnverified) }
        console.write(line + "\n")
        if code.isNewCode, let caveat = point.condition.underNewCode { showCaveat(caveat) }
        var judgment: ConditionJudgment
        if point.condition.isChoice {
            switch readChoice(point.condition, previous: previous) {
            case .success(let chosen): judgment = chosen
            case .failure(let interrupted): return interrupted.step
            }
        } else {
            if let previous { say(.conditionsPrevious, ["judgment": word(previous.judgment)]) }
            switch readJudgment(default: previous?.judgment) {
            case .success(let line):
                judgment = ConditionJudgment(line.judgment)
                if let why = line.why {
                    judgment.why = why
                    try keep(judgment, point, at: anchor, in: &wizard)
                    return .next
                }
            case .failure(let interrupted): return interrupted.step
            }
        }
        judgment.why = previous?.why ?? ""
        return try askWhy(point, judgment: judgment, previous: previous, in: &wizard)
    }

    /// The why of a judged point, saved as owed until she gives it.
    func askWhy(_ point: Point, judgment: ConditionJudgment, previous: ConditionJudgment?, in wizard: inout Wizard)
        throws(CaseStoreError) -> Step
    {
        var judgment = judgment
        var owed = anchor
        owed.step = Self.whyStep
        owed.provision = point.provisionID
        owed.condition = point.condition.id
        try keep(judgment, point, at: owed, in: &wizard)
        if let previousWhy = previous?.why, !previousWhy.isEmpty {
            say(.conditionsPreviousWhy, ["why": previousWhy])
        } else {
            say(.conditionsWhy)
        }
        switch read("  > ") {
        case .text(let typed), .edited(let typed):
            judgment.why = typed == "-" ? "" : (typed.isEmpty ? previous?.why ?? "" : typed)
            try keep(judgment, point, at: anchor, in: &wizard)
            return .next
        case .command(.back):
            try keep(judgment, point, at: anchor, in: &wizard)
            return try ask(point, in: &wizard)
        case .command(.skip): return .pass
        case .command(.stop): return .stop
        case .endOfInput: return .endOfInput
        }
    }

    struct Interrupted: Error { let step: Step }

    /// Her judgment, with the why when she typed it on the same line ("ja, ze zei het zelf").
    private func readJudgment(default previous: ConditionJudgment.Judgment?) -> Result<JudgmentLine, Interrupted> {
        while true {
            say(.conditionsAsk)
            switch read("  > ") {
            case .text(let typed):
                if typed.isEmpty, let previous { return .success(JudgmentLine(previous)) }
                if let line = JudgmentLine(typed) { return .success(line) }
                say(.conditionsInvalid)
            case let reply: return .failure(Interrupted(step: step(for: reply)))
            }
        }
    }

    /// The options numbered, then "none of these" and "I don't know"; Enter keeps her earlier
    /// pick or takes what her facts suggest.
    private func readChoice(_ condition: Condition, previous: ConditionJudgment?) -> Result<ConditionJudgment, Interrupted> {
        let options = condition.options
        for (offset, option) in options.enumerated() {
            var line = "    \(offset + 1). " + option.text.text(in: texts.language)
            if code.isNewCode, let caveat = option.underNewCode {
                line += " — " + facts.marked(caveat.note.text(in: texts.language), caveat.confidence)
            }
            console.write(line + "\n")
        }
        console.write("    \(options.count + 1). " + texts(.conditionsNoneOfThese) + "\n")
        console.write("    \(options.count + 2). " + texts(.conditionsDontKnow) + "\n")
        let fallback = previous ?? proposal(for: condition)
        if let previous {
            say(.conditionsPrevious, ["judgment": describe(previous, condition)])
        } else if let fallback {
            say(.conditionsProposal, ["choice": describe(fallback, condition)])
        }
        while true {
            say(.conditionsAskChoice)
            switch read("  > ") {
            case .text(let typed):
                if typed.isEmpty, let fallback { return .success(ConditionJudgment(fallback.judgment, options: fallback.options)) }
                if let judgment = ChoiceJudgment.parse(typed, condition: condition) { return .success(judgment) }
                say(.conditionsInvalidChoice, ["count": String(options.count + 2)])
            case let reply: return .failure(Interrupted(step: step(for: reply)))
            }
        }
    }

    /// The options whose words appear in her facts ("slaat" suggests intentional violence).
    private func proposal(for condition: Condition) -> ConditionJudgment? {
        let suggested = condition.options.filter { option in factLines.contains { TextSignals.embedded.suggests(option: option.id, in: $0) } }
        return suggested.isEmpty ? nil : ConditionJudgment(.yes, options: suggested.map(\.id))
    }

    func describe(_ judgment: ConditionJudgment, _ condition: Condition) -> String {
        let picked = condition.options.filter { judgment.options.contains($0.id) }.map { $0.text.text(in: texts.language) }
        guard picked.isEmpty else { return picked.joined(separator: "; ") }
        switch judgment.judgment {
        case .yes: return word(.yes)
        case .no: return texts(.conditionsNoneOfThese)
        case .notSure: return texts(.conditionsDontKnow)
        }
    }

    private func step(for reply: ConsoleReply) -> Step {
        switch reply {
        case .command(.back): .back
        case .command(.skip): .pass
        case .command(.stop): .stop
        default: .endOfInput
        }
    }

    func read(_ marker: String) -> ConsoleReply {
        console.reply(marker: marker, texts: texts) { texts(.conditionsHelp) }
    }

    private func keep(_ judgment: ConditionJudgment, _ point: Point, at place: ResumePoint, in wizard: inout Wizard)
        throws(CaseStoreError)
    {
        wizard.judge(judgment, condition: point.condition.id, of: point.provisionID, now: clock())
        wizard.mark(place, now: clock())
        try save(wizard.caseFile)
    }

    func word(_ judgment: ConditionJudgment.Judgment) -> String {
        switch judgment {
        case .yes: texts(.conditionsYes)
        case .no: texts(.conditionsNo)
        case .notSure: texts(.conditionsNotSure)
        }
    }
}

/// What she typed at a point with options: numbers (several allowed), the number or words for
/// "none of these" or "I don't know", or a plain yes where the point allows one.
enum ChoiceJudgment {
    static func parse(_ typed: String, condition: Condition) -> ConditionJudgment? {
        let count = condition.options.count
        if let plain = ConditionJudgment.Judgment(typed: typed) {
            switch plain {
            case .yes: return condition.requiresChoice ? nil : ConditionJudgment(.yes)
            case .no: return ConditionJudgment(.no)
            case .notSure: return ConditionJudgment(.notSure)
            }
        }
        let numbers = typed.split(whereSeparator: { ", ;".contains($0) }).map { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil && (1...count + 2).contains($0!) }) else { return nil }
        let picked = numbers.compactMap { $0 }
        if picked == [count + 1] { return ConditionJudgment(.no) }
        if picked == [count + 2] { return ConditionJudgment(.notSure) }
        guard picked.allSatisfy({ $0 <= count }) else { return nil }
        var ids: [String] = []
        for number in picked where !ids.contains(condition.options[number - 1].id) { ids.append(condition.options[number - 1].id) }
        return ConditionJudgment(.yes, options: ids)
    }
}
