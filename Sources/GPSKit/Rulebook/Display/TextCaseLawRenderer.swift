/// `gps wet 458bis --casus ID`: the provision as it stands for one case: which code governs its
/// facts' day, her judgment of every point (with what is unverified for that day), the verdict,
/// and the steps that rest on it.
public struct TextCaseLawRenderer: Sendable {
    public let wording: LawWording

    public init(wording: LawWording) {
        self.wording = wording
    }

    private var texts: MessageTable { wording.texts }

    public func render(_ provision: Provision, caseFile: CaseFile, reasoning: CaseReasoning) -> String {
        guard let verdict = reasoning.verdict(for: provision.id) else { return "" }
        let facts = ProvisionFacts(rulebook: wording.rulebook, texts: texts)
        let words = JudgmentWords(texts: texts)
        var lines = [texts(.lawCaseHeading, ["id": caseFile.id.rawValue, "title": caseFile.title])]
        lines.append("  " + texts(.checkCodeOnDate, ["code": facts.codeOnDate(reasoning.code)]))
        for point in verdict.points {
            var line = "  \(point.number). " + point.condition.shortText(in: texts.language) + " ("
                + wording.mark(point.confidence) + "): "
            if let judgment = point.judgment {
                line += words.word(judgment.judgment)
                let picked = point.condition.options.filter { judgment.options.contains($0.id) }.map { $0.text.text(in: texts.language) }
                if !picked.isEmpty { line += " — " + picked.joined(separator: "; ") }
            } else {
                line += texts(.lawCaseNotJudged)
            }
            if let reason = words.reason(point, name: { id in wording.rulebook.provision(id: id).map(facts.name) ?? id }) {
                line += " (" + reason + ")"
            }
            lines.append(line)
        }
        lines.append("  " + texts(.lawCaseVerdict, ["verdict": VerdictText(texts: texts).sentence(verdict)]))
        for step in reasoning.steps where step.verdict?.provision.id == provision.id {
            lines.append("  " + texts(.lawCaseStep, ["step": String(step.step), "verdict": VerdictText(texts: texts).sentence(step.verdict!)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Without an article: every provision she names or a step rests on, one verdict line each.
    public func render(caseFile: CaseFile, reasoning: CaseReasoning) -> String {
        let facts = ProvisionFacts(rulebook: wording.rulebook, texts: texts)
        var lines = [texts(.lawCaseHeading, ["id": caseFile.id.rawValue, "title": caseFile.title])]
        lines.append("  " + texts(.checkCodeOnDate, ["code": facts.codeOnDate(reasoning.code)]))
        lines += VerdictText(texts: texts).lines(for: reasoning, facts: facts)
        lines += [wording.statusLine, wording.disclaimer]
        return lines.joined(separator: "\n") + "\n"
    }
}
