/// One provision in the record's law section: its name with one mark (its weakest fact), the
/// verdict (what it makes of each step resting on it, the plan's table says), its own numbers
/// and validity where they differ from what the section says once, how the points combine, then
/// every point she judged (numbered as the walk numbers them) with her judgment and why. Points
/// she did not judge are counted, not listed, unless unverified for the facts' day (rule 8).
struct ProvisionRecordBlock {
    let verdict: ProvisionVerdict
    let reasoning: CaseReasoning
    let facts: ProvisionFacts
    let texts: MessageTable

    private var provision: Provision { verdict.provision }
    private var floor: Confidence { facts.weakest(provision) }

    var markdown: String {
        let title = provision.title.value.text(in: texts.language)
        let name = provision.oldNumber.value == nil ? title : facts.name(provision) + " · " + title
        let heading = "**" + escaped(name) + "** " + escaped("(" + facts.mark(floor) + ")")
        let words = VerdictText(texts: texts)
        let reasons = words.reasons(verdict, byNumber: true, countingNotJudged: false)
        var lines = [
            "- **" + escaped(texts(.recordLawVerdict)) + ":** **" + escaped(words.word(verdict.verdict)) + "**"
                + (reasons.isEmpty ? "" : " — " + escaped(reasons.joined(separator: "; "))),
        ]
        if let numbers = facts.numbers(provision, under: floor) { lines.append(field(.recordLawNumbers, numbers)) }
        if let validity = facts.validity(provision, under: floor) { lines.append(field(.recordLawValidity, validity)) }
        lines += misCitations
        let listed = verdict.points.filter(isListed)
        // How the points combine matters only once a point is judged.
        if !listed.isEmpty {
            lines.append("- *" + escaped(facts.meaning(provision, under: floor)) + "*")
        }
        lines += listed.map(point)
        if let count = words.notJudged(verdict.points.filter { !isListed($0) }.count) { lines.append("- " + escaped(count)) }
        return heading + "\n\n" + lines.joined(separator: "\n")
    }

    /// Judged, read from the case, or unverified for the day even unjudged.
    private func isListed(_ point: PointAssessment) -> Bool {
        point.state != .notJudged || point.confidence < floor
    }

    /// "(3) een misdrijf uit de lijst: **niet zeker** · *waarom:* …"
    private func point(_ point: PointAssessment) -> String {
        let condition = point.condition
        var label = condition.shortText(in: texts.language)
        if condition.kind == .exception { label = texts(.lawConditionException) + ": " + label }
        let words = JudgmentWords(texts: texts)
        // A reason that says the point is unverified for the day is its mark.
        let ownMark = if case .newCode? = point.reason { false } else { true }
        if ownMark { label = facts.quiet(label, point.confidence, under: floor) }
        var text = "- (\(point.number)) " + escaped(label) + ": "
        if let judgment = point.judgment {
            text += "**" + escaped(words.word(judgment.judgment)) + "**"
            let picked = condition.options.filter { judgment.options.contains($0.id) }
                .map { facts.quiet($0.text.text(in: texts.language), $0.confidence, under: floor) }
            if !picked.isEmpty { text += ": " + escaped(picked.joined(separator: "; ")) }
        } else {
            text += "**" + escaped(point.state == .met ? texts(.recordLawMet) : texts(.recordLawNotJudged)) + "**"
        }
        if let reason = words.reason(point, name: providerName) { text += " " + escaped("(" + reason + ")") }
        text += caveats(of: point)
        if let why = point.judgment?.why, !why.allSatisfy(\.isWhitespace) {
            text += " · *" + escaped(texts(.recordLawWhy)) + ":* " + escaped(why)
        }
        return text
    }

    /// Under the new code, what is unverified for the facts' day: the point's own caveat, and
    /// that of an option she picked (or of any option when she has not judged the point).
    private func caveats(of point: PointAssessment) -> String {
        guard reasoning.code.isNewCode else { return "" }
        let condition = point.condition
        var notes: [String] = []
        if let caveat = condition.underNewCode {
            notes.append(facts.quiet(caveat.note.text(in: texts.language), caveat.confidence, under: floor))
        }
        let picked = point.judgment?.options ?? []
        for option in condition.options where point.judgment == nil || picked.contains(option.id) {
            guard let caveat = option.underNewCode else { continue }
            notes.append(facts.quiet(caveat.note.text(in: texts.language), caveat.confidence, under: floor))
        }
        return notes.map { " *" + escaped($0) + "*" }.joined()
    }

    private var misCitations: [String] {
        guard let named = reasoning.law.named.first(where: { $0.provision.id == provision.id }) else { return [] }
        return named.misCitations.map { citation in
            "- " + escaped(texts(.recordLawMisCitation, [
                "cited": citation.cited, "provision": facts.name(provision),
                "why": facts.quiet(citation.why.text(in: texts.language), citation.confidence, under: floor),
            ]))
        } + named.citedOldNumberAsNew.map { "- " + escaped(texts(.recordLawOldNumberAsNew, ["cited": $0])) }
    }

    private func providerName(_ id: String) -> String {
        facts.rulebook.provision(id: id).map(facts.name) ?? id
    }

    private func field(_ key: MessageKey, _ value: String) -> String {
        "- **" + escaped(texts(key)) + ":** " + escaped(value)
    }

    private func escaped(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
