/// The provisions named in H1, checked against the rulebook: per provision its numbers old and
/// new, validity, the weakest confidence of its facts, how she named it when that was not
/// simply right, and each condition with her judgment and why. Every fact carries its
/// confidence; the rulebook's status date is said once.
struct LawRecordSection {
    let caseFile: CaseFile
    let questionnaire: Questionnaire
    let texts: MessageTable
    let rulebook: Rulebook

    /// Nil when H1 cites nothing and no judgments were kept.
    var markdown: String? {
        let law = CitedLaw(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook)
        let stale = caseFile.conditionJudgments.keys.filter { !law.provisionIDs.contains($0) }.sorted()
        guard !law.named.isEmpty || !law.unplaced.isEmpty || !stale.isEmpty else { return nil }
        var blocks = ["**" + escaped(texts(.recordLawHeading)) + "**"]
        blocks.append("*" + escaped(texts(.recordLawStatus, ["date": facts.statusDate()])) + "*")
        blocks += law.named.map(provision)
        if !law.unplaced.isEmpty { blocks.append(law.unplaced.map(unplaced).joined(separator: "\n")) }
        if !stale.isEmpty {
            let names = stale.map { id in rulebook.provision(id: id).map(facts.name) ?? id }
            blocks.append("*" + escaped(texts(.recordLawStale, ["provisions": names.joined(separator: ", ")])) + "*")
        }
        return blocks.joined(separator: "\n\n")
    }

    private var facts: ProvisionFacts { ProvisionFacts(rulebook: rulebook, texts: texts) }

    private func provision(_ named: CitedLaw.Named) -> String {
        let provision = named.provision
        let title = provision.title.value.text(in: texts.language)
        let name = provision.oldNumber.value == nil ? title : facts.name(provision) + " · " + title
        let heading = "**" + escaped(name) + "** "
            + escaped("(" + facts.label(provision.title.confidence) + ")")
        var lines = [
            field(.recordLawNumbers, facts.numbers(provision)),
            field(.recordLawValidity, facts.validity(provision)),
            field(.recordLawWeakest, facts.label(facts.weakest(provision))),
            field(.recordLawWhen, facts.meaning(provision)),
        ]
        lines += named.misCitations.map { citation in
            "- " + escaped(texts(.recordLawMisCitation, [
                "cited": citation.cited, "provision": facts.name(provision),
                "why": facts.sourced(citation.why.text(in: texts.language), citation.confidence),
            ]))
        }
        lines += named.citedOldNumberAsNew.map { "- " + escaped(texts(.recordLawOldNumberAsNew, ["cited": $0])) }
        return [heading, lines.joined(separator: "\n"), conditions(of: provision)].joined(separator: "\n\n")
    }

    private func conditions(of provision: Provision) -> String {
        let judgments = caseFile.conditionJudgments[provision.id] ?? [:]
        let items = provision.conditions.map { condition -> String in
            var text = "- "
            if condition.kind == .oneOf { text += "*" + escaped(texts(.recordLawOneOf)) + ":* " }
            if condition.kind == .note { text += "*" + escaped(texts(.recordLawNote)) + ":* " }
            text += escaped(facts.sourced(condition.text.text(in: texts.language), condition.confidence))
            guard condition.isJudged else { return text }
            guard let judgment = judgments[condition.id] else { return text + " — *" + escaped(texts(.recordLawNotJudged)) + "*" }
            text += " — **" + escaped(word(judgment.judgment)) + "**"
            if !judgment.why.allSatisfy(\.isWhitespace) {
                text += " · *" + escaped(texts(.recordLawWhy)) + ":* " + escaped(judgment.why)
            }
            return text
        }
        return "*" + escaped(texts(.recordLawConditions)) + "*\n\n" + items.joined(separator: "\n")
    }

    private func unplaced(_ reference: CitedLaw.Unplaced) -> String {
        "- " + escaped(reference.sentence(texts, name: facts.name))
    }

    private func word(_ judgment: ConditionJudgment.Judgment) -> String {
        switch judgment {
        case .yes: texts(.recordLawMet)
        case .no: texts(.recordLawNotMet)
        case .notSure: texts(.recordLawNotSure)
        }
    }

    private func field(_ key: MessageKey, _ value: String) -> String {
        "- **" + escaped(texts(key)) + ":** " + escaped(value)
    }

    private func escaped(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
