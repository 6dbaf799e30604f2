/// The provisions named in H1 or that a step rests on, checked against the rulebook: per
/// provision its verdict first, then its numbers old and new, which code governs the facts'
/// day, validity, the weakest confidence of its facts, how she named it when that was not
/// simply right, and each condition with her judgment and why. Every fact carries its
/// confidence; the rulebook's status date is said once.
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
        blocks.append("*" + escaped(texts(.recordLawStatus, ["date": facts.statusDate()])) + "*")
        blocks += reasoning.verdicts.map(provision)
        if !law.unplaced.isEmpty { blocks.append(law.unplaced.map(unplaced).joined(separator: "\n")) }
        if !stale.isEmpty {
            let names = stale.map { id in rulebook.provision(id: id).map(facts.name) ?? id }
            blocks.append("*" + escaped(texts(.recordLawStale, ["provisions": names.joined(separator: ", ")])) + "*")
        }
        return blocks.joined(separator: "\n\n")
    }

    private var facts: ProvisionFacts { ProvisionFacts(rulebook: rulebook, texts: texts) }

    private func provision(_ verdict: ProvisionVerdict) -> String {
        let provision = verdict.provision
        let title = provision.title.value.text(in: texts.language)
        let name = provision.oldNumber.value == nil ? title : facts.name(provision) + " · " + title
        let heading = "**" + escaped(name) + "** " + escaped("(" + facts.label(provision.title.confidence) + ")")
        var lines = ["- **" + escaped(texts(.recordLawVerdict)) + ":** **" + escaped(VerdictText(texts: texts).word(verdict.verdict))
            + "** — " + escaped(VerdictText(texts: texts).reasons(verdict).joined(separator: "; "))]
        if let steps = VerdictText(texts: texts).steps(resting: provision, in: reasoning) { lines.append(field(.recordLawStepsOnIt, steps)) }
        lines.append(field(.recordLawNumbers, facts.numbers(provision)))
        if provision.kind == .article { lines.append(field(.recordLawCodeOnDate, facts.codeOnDate(reasoning.code))) }
        lines += [
            field(.recordLawValidity, facts.validity(provision)),
            field(.recordLawWeakest, facts.label(facts.weakest(provision))),
            field(.recordLawWhen, facts.meaning(provision)),
        ]
        if let named = reasoning.law.named.first(where: { $0.provision.id == provision.id }) {
            lines += named.misCitations.map { citation in
                "- " + escaped(texts(.recordLawMisCitation, [
                    "cited": citation.cited, "provision": facts.name(provision),
                    "why": facts.sourced(citation.why.text(in: texts.language), citation.confidence),
                ]))
            }
            lines += named.citedOldNumberAsNew.map { "- " + escaped(texts(.recordLawOldNumberAsNew, ["cited": $0])) }
        }
        return [heading, lines.joined(separator: "\n"), conditions(of: verdict)].joined(separator: "\n\n")
    }

    private func conditions(of verdict: ProvisionVerdict) -> String {
        let provision = verdict.provision
        let items = provision.conditions.map { condition -> String in
            var text = "- "
            if condition.kind == .oneOf { text += "*" + escaped(texts(.recordLawOneOf)) + ":* " }
            if condition.kind == .note { text += "*" + escaped(texts(.recordLawNote)) + ":* " }
            let point = verdict.points.first { $0.condition.id == condition.id }
            let confidence = point.map { $0.state == .notJudged ? $0.confidence : facts.pointConfidence(condition, code: reasoning.code) }
            text += escaped(facts.sourced(condition.text.text(in: texts.language), confidence ?? condition.confidence))
            text += caveats(of: condition)
            guard let point else { return text }
            guard let judgment = point.judgment else { return text + " — *" + escaped(texts(.recordLawNotJudged)) + "*" }
            text += " — **" + escaped(JudgmentWords(texts: texts).word(judgment.judgment)) + "**"
            let picked = condition.options.filter { judgment.options.contains($0.id) }.map { $0.text.text(in: texts.language) }
            if !picked.isEmpty { text += ": " + escaped(picked.joined(separator: "; ")) }
            if let reason = JudgmentWords(texts: texts).reason(point, name: providerName) { text += " (" + escaped(reason) + ")" }
            if !judgment.why.allSatisfy(\.isWhitespace) {
                text += " · *" + escaped(texts(.recordLawWhy)) + ":* " + escaped(judgment.why)
            }
            return text
        }
        return "*" + escaped(texts(.recordLawConditions)) + "*\n\n" + items.joined(separator: "\n")
    }

    /// Under the new code: what is unverified for facts from its first day, said once per fact.
    private func caveats(of condition: Condition) -> String {
        guard reasoning.code.isNewCode else { return "" }
        var notes: [String] = []
        if let caveat = condition.underNewCode { notes.append(facts.sourced(caveat.note.text(in: texts.language), caveat.confidence)) }
        for option in condition.options {
            guard let caveat = option.underNewCode else { continue }
            notes.append(option.text.text(in: texts.language) + ": " + facts.sourced(caveat.note.text(in: texts.language), caveat.confidence))
        }
        return notes.map { " *" + escaped($0) + "*" }.joined()
    }

    private func providerName(_ id: String) -> String {
        rulebook.provision(id: id).map(facts.name) ?? id
    }

    private func unplaced(_ reference: CitedLaw.Unplaced) -> String {
        "- " + escaped(reference.sentence(texts, name: facts.name))
    }

    private func field(_ key: MessageKey, _ value: String) -> String {
        "- **" + escaped(texts(key)) + ":** " + escaped(value)
    }

    private func escaped(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
