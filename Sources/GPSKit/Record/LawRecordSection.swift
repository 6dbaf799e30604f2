/// The provisions named in H1 or that a step rests on, checked against the rulebook. Marks
/// without noise (display rule 7): the status date and a legend of the marks once; once, too,
/// which code governs the facts' day (rule 8), how long each code is valid and the old numbers
/// the articles share; then one block per provision (`ProvisionRecordBlock`). The statements
/// about names she wrote that the rulebook does not hold, and about judgments of provisions she
/// no longer names, close it.
struct LawRecordSection {
    let caseFile: CaseFile
    let reasoning: CaseReasoning
    let texts: MessageTable
    let rulebook: Rulebook

    /// Nil when nothing is cited, no step rests on a provision and no judgments were kept.
    var markdown: String? {
        let law = reasoning.law
        let shown = reasoning.verdicts.map(\.provision.id)
        let stale = caseFile.conditionJudgments.keys.filter { !shown.contains($0) }.sorted()
        guard !reasoning.verdicts.isEmpty || !law.unplaced.isEmpty || !stale.isEmpty else { return nil }
        var blocks = ["**" + escaped(texts(.recordLawHeading)) + "**"]
        blocks.append("*" + escaped(texts(.recordLawLegend, ["date": facts.statusDate(), "labels": facts.legendLabels])) + "*")
        if !reasoning.verdicts.isEmpty { blocks.append(shared.joined(separator: "\n")) }
        blocks += reasoning.verdicts.map { ProvisionRecordBlock(verdict: $0, reasoning: reasoning, facts: facts, texts: texts).markdown }
        if !law.unplaced.isEmpty { blocks.append(law.unplaced.map(unplaced).joined(separator: "\n")) }
        if !stale.isEmpty {
            let names = stale.map { id in rulebook.provision(id: id).map(facts.name) ?? id }
            blocks.append("*" + escaped(texts(.recordLawStale, ["provisions": names.joined(separator: ", ")])) + "*")
        }
        return blocks.joined(separator: "\n\n")
    }

    private var facts: ProvisionFacts { ProvisionFacts(rulebook: rulebook, texts: texts) }

    /// What holds for every provision, said once, each with its own mark.
    private var shared: [String] {
        var lines = [field(.recordLawCodeOnDate, facts.codeOnDateMarked(reasoning.code))]
        if let validity = facts.codesValidity { lines.append(field(.recordLawCodesValid, validity)) }
        if let numbers = facts.sharedNumbers(reasoning.verdicts.map(\.provision)) { lines.append(field(.recordLawNumbersLabel, numbers)) }
        return lines
    }

    private func unplaced(_ reference: CitedLaw.Unplaced) -> String {
        "- " + escaped(reference.sentence(texts, name: facts.name))
    }

    private func field(_ key: MessageKey, _ value: String) -> String {
        "- **" + escaped(texts(key)) + ":** " + escaped(value)
    }

    private func escaped(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
