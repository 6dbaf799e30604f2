/// `gps toets` as plain text: which code governs the facts' day, the verdict of every provision
/// she names or a step rests on, one block per finding (one for a finding alike on several
/// steps), and a count of the findings.
public struct TextFindingsRenderer: Sendable {
    public let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public func render(_ reasoning: CaseReasoning, title: String, rulebook: Rulebook) -> String {
        var lines = [texts(.checkHeading, ["title": title]), ""]
        if !reasoning.verdicts.isEmpty {
            let facts = ProvisionFacts(rulebook: rulebook, texts: texts)
            lines.append(texts(.checkLawHeading))
            lines.append("  " + texts(.checkCodeOnDate, ["code": facts.codeOnDate(reasoning.code)]))
            lines += VerdictText(texts: texts).lines(for: reasoning, facts: facts)
            lines += ["", texts(.checkFindingsHeading)]
        }
        lines += findings(reasoning.findings)
        return lines.joined(separator: "\n") + "\n"
    }

    private func findings(_ findings: [Finding]) -> [String] {
        let words = FindingText(texts: texts)
        var lines: [String] = []
        // As in the record: what a rule says alike of several steps is said once.
        for group in StepFindingGroup.grouping(findings) {
            let finding = group.finding
            lines.append("\(finding.rule) · \(words.level(finding.level)) · \(words.rule(of: finding))")
            lines.append("  " + words.message(of: finding) + (words.alsoSaid(of: group.otherSteps).map { " " + $0 } ?? ""))
            lines.append("  (" + words.basis(of: group.basis) + ")")
        }
        let count = { (level: FindingLevel) in String(findings.filter { $0.level == level }.count) }
        lines.append("")
        lines.append(texts(.checkSummary, ["problems": count(.problem), "attention": count(.attention), "toCheck": count(.toCheck)]))
        return lines
    }
}
