/// What GPS sees when she has answered the last question, in two or three lines before she
/// closes her laptop: the verdict per provision and the rules that ask something of her, by
/// level, with their steps. The whole story is in `gps toets` and the record.
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
        let levels: [FindingLevel] = [.problem, .attention, .toCheck]
        let words = FindingText(texts: texts)
        let asking = levels.compactMap { level -> String? in
            let rules = reasoning.findings.filter { $0.level == level }.map { finding in
                (finding.arguments["step"] ?? finding.arguments["steps"]).map { finding.rule + " " + texts(.recordSummarySteps, ["steps": $0]) } ?? finding.rule
            }
            guard !rules.isEmpty else { return nil }
            var unique: [String] = []
            for rule in rules where !unique.contains(rule) { unique.append(rule) }
            return words.level(level) + ": " + unique.joined(separator: ", ")
        }
        lines.append("  " + (asking.isEmpty ? texts(.closingNothingAsked) : asking.joined(separator: " · ")))
        return lines
    }
}
