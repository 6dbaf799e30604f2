import Foundation

/// After she names provisions in H1: walks each one's conditions (ja / nee / weet niet, then
/// a short why), saving the case after every judgment and every reason. Only conditions not
/// yet judged are asked, so a stopped walk goes on where it stopped.
struct ConditionWalk {
    enum Outcome: Equatable {
        case done
        /// `:terug` at the first point: back to the norms question.
        case back
        case stop
        case endOfInput
    }

    /// One condition to judge, with where it sits in its provision's checklist.
    struct Point {
        var named: CitedLaw.Named
        var condition: Condition
        var number: Int
        var count: Int
    }

    let console: any Console
    let texts: MessageTable
    let facts: ProvisionFacts
    let law: CitedLaw
    let clock: @Sendable () -> Date
    let save: (CaseFile) throws(CaseStoreError) -> Void

    func run(_ wizard: inout Wizard) throws(CaseStoreError) -> Outcome {
        warnAboutUnplaced()
        let points = pointsToAsk(given: wizard.caseFile.conditionJudgments)
        guard !points.isEmpty else { return .done }
        console.write("\n" + texts(.conditionsIntro, ["count": String(Set(points.map(\.named.provision.id)).count)]) + "\n")
        var index = 0
        var shownProvision: String?
        while index < points.count {
            let point = points[index]
            if shownProvision != point.named.provision.id {
                introduce(point.named)
                shownProvision = point.named.provision.id
            }
            if startsGroup(at: index, in: points) { showGroup(of: point) }
            switch try ask(point, in: &wizard) {
            case .next: index += 1
            case .back:
                guard index > 0 else { return .back }
                index -= 1
                if points[index].named.provision.id != point.named.provision.id { shownProvision = nil }
            case .pass:
                say(.conditionsPassed, ["provision": facts.name(point.named.provision)])
                index = points[index...].firstIndex { $0.named.provision.id != point.named.provision.id } ?? points.count
            case .stop: return .stop
            case .endOfInput: return .endOfInput
            }
        }
        return .done
    }

    private enum Step { case next, back, pass, stop, endOfInput }

    private func ask(_ point: Point, in wizard: inout Wizard) throws(CaseStoreError) -> Step {
        let provision = point.named.provision.id
        let previous = wizard.caseFile.conditionJudgments[provision]?[point.condition.id]
        var line = "\n" + texts(.conditionsPoint, [
            "n": String(point.number), "count": String(point.count), "text": point.condition.text.text(in: texts.language),
        ])
        if point.condition.confidence == .unverified { line += " " + texts(.conditionsUnverified) }
        console.write(line + "\n")
        if let previous { say(.conditionsPrevious, ["judgment": word(previous.judgment)]) }
        let judgment: ConditionJudgment.Judgment
        switch readJudgment(default: previous?.judgment) {
        case .success(let value): judgment = value
        case .failure(let step): return step.step
        }
        try keep(ConditionJudgment(judgment, why: previous?.why ?? ""), point, in: &wizard)
        if let previousWhy = previous?.why, !previousWhy.isEmpty {
            say(.conditionsPreviousWhy, ["why": previousWhy])
        } else {
            say(.conditionsWhy)
        }
        switch read("  > ") {
        case .text(let typed):
            let why = typed == "-" ? "" : (typed.isEmpty ? previous?.why ?? "" : typed)
            try keep(ConditionJudgment(judgment, why: why), point, in: &wizard)
            return .next
        case .command(.back): return try ask(point, in: &wizard)
        case .command(.skip): return .pass
        case .command(.stop): return .stop
        case .endOfInput: return .endOfInput
        }
    }

    private struct Interrupted: Error { let step: Step }

    private func readJudgment(default previous: ConditionJudgment.Judgment?) -> Result<ConditionJudgment.Judgment, Interrupted> {
        while true {
            say(.conditionsAsk)
            switch read("  > ") {
            case .text(let typed):
                if typed.isEmpty, let previous { return .success(previous) }
                if let judgment = ConditionJudgment.Judgment(typed: typed) { return .success(judgment) }
                say(.conditionsInvalid)
            case .command(.back): return .failure(Interrupted(step: .back))
            case .command(.skip): return .failure(Interrupted(step: .pass))
            case .command(.stop): return .failure(Interrupted(step: .stop))
            case .endOfInput: return .failure(Interrupted(step: .endOfInput))
            }
        }
    }

    private func read(_ marker: String) -> ConsoleReply {
        console.reply(marker: marker, texts: texts) { texts(.conditionsHelp) }
    }

    private func keep(_ judgment: ConditionJudgment, _ point: Point, in wizard: inout Wizard) throws(CaseStoreError) {
        wizard.judge(judgment, condition: point.condition.id, of: point.named.provision.id, now: clock())
        try save(wizard.caseFile)
    }

    func pointsToAsk(given judgments: ConditionJudgments) -> [Point] {
        law.named.flatMap { named -> [Point] in
            let judged = named.provision.conditions.filter(\.isJudged)
            return judged.enumerated().compactMap { offset, condition in
                guard judgments[named.provision.id]?[condition.id] == nil else { return nil }
                return Point(named: named, condition: condition, number: offset + 1, count: judged.count)
            }
        }
    }

    private func startsGroup(at index: Int, in points: [Point]) -> Bool {
        let point = points[index]
        guard point.condition.kind == .oneOf, let group = point.condition.group else { return false }
        guard index > 0 else { return true }
        let before = points[index - 1]
        return before.named.provision.id != point.named.provision.id || before.condition.group != group
    }

    private func showGroup(of point: Point) {
        let members = point.named.provision.conditions.filter { $0.kind == .oneOf && $0.group == point.condition.group }
        console.write("\n" + texts(.conditionsGroup) + "\n")
        for member in members { console.write("  - " + member.text.text(in: texts.language) + "\n") }
    }

    /// The provision in one line (old → new number, title, each with its confidence), then how
    /// she named it when that was not simply right, the meaning of the checklist and its notes.
    private func introduce(_ named: CitedLaw.Named) {
        let provision = named.provision
        console.write("\n" + texts(.conditionsProvision, ["numbers": facts.numbers(provision), "title": facts.title(provision)]) + "\n")
        for citation in named.misCitations {
            say(.recordLawMisCitation, [
                "cited": citation.cited, "provision": facts.name(provision),
                "why": facts.sourced(citation.why.text(in: texts.language), citation.confidence),
            ])
        }
        for cited in named.citedOldNumberAsNew { say(.recordLawOldNumberAsNew, ["cited": cited]) }
        console.write(facts.meaning(provision) + "\n")
        for note in provision.conditions where note.kind == .note {
            console.write("  · " + facts.sourced(note.text.text(in: texts.language), note.confidence) + "\n")
        }
    }

    private func warnAboutUnplaced() {
        for unplaced in law.unplaced {
            console.write(unplaced.sentence(texts, name: facts.name) + "\n")
        }
    }

    private func word(_ judgment: ConditionJudgment.Judgment) -> String {
        switch judgment {
        case .yes: texts(.conditionsYes)
        case .no: texts(.conditionsNo)
        case .notSure: texts(.conditionsNotSure)
        }
    }

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        console.write(texts(key, arguments) + "\n")
    }
}
