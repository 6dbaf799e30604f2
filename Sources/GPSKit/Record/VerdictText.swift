/// A provision's verdict in words, the same in the walk, the record, `gps toets` and
/// `gps wet --casus`: the verdict (gedekt / niet gedekt / open), the points that decide it,
/// those that are not sure, and how many are not judged yet, counted rather than listed.
struct VerdictText {
    let texts: MessageTable

    func word(_ verdict: Verdict) -> String {
        switch verdict {
        case .covered: texts(.verdictCovered)
        case .notCovered: texts(.verdictNotCovered)
        case .open: texts(.verdictOpen)
        }
    }

    /// "niet gedekt — niet voldaan: punt 5 (…)"
    func sentence(_ verdict: ProvisionVerdict) -> String {
        word(verdict.verdict) + " — " + reasons(verdict).joined(separator: "; ")
    }

    /// - Parameters:
    ///   - byNumber: points as "punt 5" only, where the record lists each point with its words.
    ///   - countingNotJudged: whether to end with how many points are not judged yet; the
    ///     record counts them under its list of points instead.
    func reasons(_ verdict: ProvisionVerdict, byNumber: Bool = false, countingNotJudged: Bool = true) -> [String] {
        let points = { (list: [PointAssessment]) in byNumber ? self.numbers(list) : self.points(list) }
        let offence = verdict.provision.role == .offence
        switch verdict.verdict {
        case .covered where offence:
            let notMet = verdict.deciding.filter { $0.condition.kind == .required }
            let exceptions = verdict.deciding.filter { $0.condition.kind == .exception }
            return (notMet.isEmpty ? [] : [texts(.verdictNotMet, ["points": points(notMet)])])
                + (exceptions.isEmpty ? [] : [texts(.verdictException, ["points": points(exceptions)])])
        case .covered:
            return [texts(.verdictAllMet)]
        case .notCovered where offence:
            return [texts(.verdictAllHold)]
        case .notCovered:
            return [texts(.verdictNotMet, ["points": points(verdict.deciding)])] + unsettled(verdict, points, countingNotJudged)
        case .open:
            return unsettled(verdict, points, countingNotJudged)
        }
    }

    private func unsettled(_ verdict: ProvisionVerdict, _ points: ([PointAssessment]) -> String, _ counting: Bool) -> [String] {
        var lines: [String] = []
        let unsure = verdict.openPoints.filter { $0.state == .unsure }
        if !unsure.isEmpty { lines.append(texts(.verdictUnsure, ["points": points(unsure)])) }
        let unverified = verdict.openPoints.filter { $0.state == .unverified }
        if !unverified.isEmpty {
            lines.append(texts(.verdictUnverified, ["points": points(unverified), "date": RecordDate(texts: texts).long(verdict.code.day)]))
        }
        if counting, let missing = notJudged(verdict.openPoints.filter { $0.state == .notJudged }.count) { lines.append(missing) }
        return lines
    }

    /// "3 punten nog niet beoordeeld"; nil for none.
    func notJudged(_ count: Int) -> String? {
        switch count {
        case 0: nil
        case 1: texts(.verdictNotJudgedOne)
        default: texts(.verdictNotJudgedMany, ["count": String(count)])
        }
    }

    /// "punt 5", "punten 3 en 7".
    func numbers(_ points: [PointAssessment]) -> String {
        let numbers = points.map { String($0.number) }
        guard let last = numbers.last, numbers.count > 1 else { return texts(.recordPointNumber, ["n": numbers.first ?? ""]) }
        return texts(.recordPointNumbers, ["list": numbers.dropLast().joined(separator: ", "), "last": last])
    }

    /// "stap 1: niet gedekt; stap 3: gedekt" for the steps resting on a provision; nil for none.
    func steps(resting provision: Provision, in reasoning: CaseReasoning) -> String? {
        let steps = reasoning.steps.filter { $0.verdict?.provision.id == provision.id }
        guard !steps.isEmpty else { return nil }
        return steps.map { step in texts(.verdictStep, ["step": String(step.step), "verdict": word(step.outcome ?? .open)]) }
            .joined(separator: "; ")
    }

    /// "  art. 458bis: niet gedekt — … · stap 1: niet gedekt", one line per provision.
    func lines(for reasoning: CaseReasoning, facts: ProvisionFacts) -> [String] {
        reasoning.verdicts.map { verdict in
            var line = "  " + facts.name(verdict.provision) + ": " + sentence(verdict)
            if let steps = steps(resting: verdict.provision, in: reasoning) { line += " · " + steps }
            return line
        }
    }

    func points(_ points: [PointAssessment]) -> String {
        points.map { point in
            texts(.verdictPoint, ["n": String(point.number), "text": point.condition.shortText(in: texts.language)])
        }.joined(separator: ", ")
    }

    /// Points in both languages, for findings, which are worded only when rendered.
    static func points(_ points: [PointAssessment]) -> LocalizedText {
        LocalizedText(
            nl: VerdictText(texts: .embedded(.nl)).points(points), en: VerdictText(texts: .embedded(.en)).points(points))
    }
}
