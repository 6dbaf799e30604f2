/// What GPS sees when she has answered the last question, before she closes her laptop: the
/// verdict per provision on one line, then each rule that still asks something of her on a line
/// of its own, as the record's summary says it (at most `RecordSummary.listLimit`). The whole
/// story is in `gps toets` and the record.
struct ClosingSummary {
    let caseFile: CaseFile
    let questionnaire: Questionnaire
    let rulebook: Rulebook
    let texts: MessageTable

    var lines: [String] {
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook)
        let facts = ProvisionFacts(rulebook: rulebook, texts: texts)
        let verdicts = VerdictText(texts: texts)
        var lines = [texts(.closingHeading, ["id": caseFile.id.rawValue])]
        if !reasoning.verdicts.isEmpty {
            lines.append("  " + reasoning.verdicts.map { facts.nameInSentence($0.provision) + ": " + verdicts.word($0.verdict) }.joined(separator: " · "))
        }
        let plan = questionnaire.question(withRole: .actionPlan)?.id ?? ""
        let rules = FindingText(texts: texts).notInOrderLines(reasoning.findings, plan: plan)
        guard !rules.isEmpty else { return lines + ["  " + texts(.closingNothingAsked)] }
        lines += rules.prefix(RecordSummary.listLimit).map { "  " + $0 }
        if rules.count > RecordSummary.listLimit {
            lines.append("  " + texts(.recordSummaryMore, ["count": String(rules.count - RecordSummary.listLimit)]))
        }
        return lines
    }
}
