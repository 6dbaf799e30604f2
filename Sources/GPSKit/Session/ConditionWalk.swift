import Foundation

/// Walks the conditions of provisions: those she names in H1, or the grounds her steps rest
/// on. Each point is judged (ja / nee / weet niet, or a pick among its options) with a short
/// why, and the case is saved after every judgment and every reason. Only points not yet
/// judged are asked, so a stopped walk goes on where it stopped; after each provision its
/// verdict is shown.
struct ConditionWalk {
    enum Outcome: Equatable {
        case done
        /// `:terug` at the first point: back to the question before the walk.
        case back
        case stop
        case endOfInput
    }

    /// A provision to walk, with how she named it in H1 when she did.
    struct Entry {
        var provision: Provision
        var named: CitedLaw.Named?
    }

    /// One condition to judge, with where it sits in its provision's checklist.
    struct Point {
        var entry: Entry
        var condition: Condition
        var number: Int
        var count: Int

        var provisionID: String { entry.provision.id }
    }

    let console: any Console
    let texts: MessageTable
    let facts: ProvisionFacts
    let entries: [Entry]
    /// Citations in H1 the rulebook cannot place, said before the walk.
    var unplaced: [CitedLaw.Unplaced] = []
    let code: CodeOnDate
    /// Where this walk is, as saved while it runs: a stop in it resumes it (step "walk", or
    /// "alternative" for another ground tried after the plan); a why still to give is saved as
    /// this point with step "why" and the point it belongs to.
    var anchor: ResumePoint
    let clock: @Sendable () -> Date
    let save: (CaseFile) throws(CaseStoreError) -> Void
    /// Her facts, read for what they suggest at a point with options (offered with Enter).
    var factLines: [String] = []

    mutating func run(_ wizard: inout Wizard) throws(CaseStoreError) -> Outcome {
        warnAboutUnplaced()
        if let saved = wizard.caseFile.resumePoint, saved.isSameWalk(as: anchor) { anchor.passed = saved.passed }
        if let step = try giveTheWhyStillOwed(in: &wizard) { return step }
        let points = pointsToAsk(given: wizard.caseFile.conditionJudgments).filter { !anchor.passed.contains($0.provisionID) }
        guard !points.isEmpty else { return .done }
        console.write("\n" + intro(points, explainingMarks: wizard.caseFile.conditionJudgments.isEmpty) + "\n")
        var index = 0
        var shownProvision: String?
        while index < points.count {
            let point = points[index]
            if shownProvision != point.provisionID {
                introduce(point.entry)
                shownProvision = point.provisionID
            }
            if startsGroup(at: index, in: points) { showGroup(of: point) }
            switch try ask(point, in: &wizard) {
            case .next:
                index += 1
                if index == points.count || points[index].provisionID != point.provisionID {
                    showVerdict(of: point.entry.provision, in: wizard.caseFile)
                }
            case .back:
                guard index > 0 else { return .back }
                index -= 1
                if points[index].provisionID != point.provisionID { shownProvision = nil }
            case .pass:
                anchor.passed.append(point.provisionID)
                wizard.mark(anchor, now: clock())
                try save(wizard.caseFile)
                say(.conditionsPassed, ["provision": facts.name(point.entry.provision)])
                showVerdict(of: point.entry.provision, in: wizard.caseFile)
                index = points[index...].firstIndex { $0.provisionID != point.provisionID } ?? points.count
            case .stop: return .stop
            case .endOfInput: return .endOfInput
            }
        }
        return .done
    }

    enum Step { case next, back, pass, stop, endOfInput }

    /// She stopped at a why: its point is judged, so only the why is asked, then the walk goes on.
    private mutating func giveTheWhyStillOwed(in wizard: inout Wizard) throws(CaseStoreError) -> Outcome? {
        guard let owed = wizard.caseFile.resumePoint, owed.step == Self.whyStep, owed.isSameWalk(as: anchor),
            let entry = entries.first(where: { $0.provision.id == owed.provision }),
            let condition = entry.provision.condition(owed.condition ?? ""),
            let judgment = wizard.caseFile.conditionJudgments[entry.provision.id]?[condition.id]
        else { return nil }
        introduce(entry)
        let judged = entry.provision.conditions.filter(\.isJudged)
        let point = Point(entry: entry, condition: condition, number: (judged.firstIndex { $0.id == condition.id } ?? 0) + 1, count: judged.count)
        switch try askWhy(point, judgment: judgment, previous: nil, in: &wizard) {
        case .stop: return .stop
        case .endOfInput: return .endOfInput
        case .pass:
            anchor.passed.append(entry.provision.id)
            wizard.mark(anchor, now: clock())
            try save(wizard.caseFile)
            return nil
        default: return nil
        }
    }

    static let whyStep = "why"
    static let walkStep = "walk"

    func pointsToAsk(given judgments: ConditionJudgments) -> [Point] {
        entries.flatMap { entry -> [Point] in
            let judged = entry.provision.conditions.filter(\.isJudged)
            return judged.enumerated().compactMap { offset, condition in
                guard judgments[entry.provision.id]?[condition.id] == nil else { return nil }
                return Point(entry: entry, condition: condition, number: offset + 1, count: judged.count)
            }
        }
    }

    /// The marks are explained in her first walk; a case with judgments has had one.
    private func intro(_ points: [Point], explainingMarks: Bool) -> String {
        let count = Set(points.map(\.provisionID)).count
        let intro = texts(count == 1 ? .conditionsIntroOne : .conditionsIntroMany, ["count": String(count)])
        return explainingMarks ? intro + " " + texts(.conditionsMarks, ["labels": facts.legendLabels]) : intro
    }

    private func startsGroup(at index: Int, in points: [Point]) -> Bool {
        let point = points[index]
        guard point.condition.kind == .oneOf, let group = point.condition.group else { return false }
        guard index > 0 else { return true }
        let before = points[index - 1]
        return before.provisionID != point.provisionID || before.condition.group != group
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        console.write(texts(key, arguments) + "\n")
    }
}

extension ConditionWalk {
    /// The walk after H1: every provision she names.
    init(
        console: any Console, texts: MessageTable, facts: ProvisionFacts, law: CitedLaw, code: CodeOnDate, anchor: ResumePoint,
        clock: @escaping @Sendable () -> Date, save: @escaping (CaseFile) throws(CaseStoreError) -> Void
    ) {
        self.init(
            console: console, texts: texts, facts: facts, entries: law.named.map { Entry(provision: $0.provision, named: $0) },
            unplaced: law.unplaced, code: code, anchor: anchor, clock: clock, save: save)
    }
}
