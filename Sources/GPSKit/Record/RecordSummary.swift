/// The record's first screen, for a team leader or coach (at most 250 words): the key question,
/// the decision, its decisive argument and the cost she accepts, the plan one short line per
/// step, the findings that are not in order, the verdict per provision, and what is still open.
/// Everything comes from the case and from `CaseReasoning` as computed once, so the anonymous
/// export shows the same summary in pseudonyms.
struct RecordSummary {
    let caseFile: CaseFile
    let questionnaire: Questionnaire
    let reasoning: CaseReasoning
    let texts: MessageTable
    var rulebook: Rulebook?

    /// How many steps and findings are listed before "en nog 3".
    static let listLimit = 6

    var markdown: String {
        var blocks = ["## " + escaped(texts(.recordSummaryHeading))]
        if let question = questionnaire.question(withRole: .keyQuestion), case .text(let keyQuestion)? = caseFile.answers[question.id],
            !keyQuestion.allSatisfy(\.isWhitespace)
        {
            blocks.append("> **" + escaped(question.label.text(in: texts.language)) + ":** " + escaped(keyQuestion))
        }
        var fields: [String] = []
        if let decision = text(.decision) { fields.append(field(.recordSummaryDecision, ShortText.sentence(decision, words: 20))) }
        if let argument = list(.arguments)?.first { fields.append(field(.recordSummaryArgument, ShortText.sentence(argument, words: 20))) }
        if let cost = text(.acceptedCost) { fields.append(field(.recordSummaryCost, ShortText.sentence(cost, words: 20))) }
        fields.append(field(.recordSummaryOpen, stillOpen))
        blocks.append(fields.joined(separator: "\n"))
        if let plan { blocks.append(plan) }
        if let findings { blocks.append(findings) }
        if let law { blocks.append(law) }
        return blocks.joined(separator: "\n\n")
    }

    /// "De mail van het CLB beantwoorden… · ik · maandag 23/11", one line per step.
    private var plan: String? {
        guard let question = questionnaire.question(withRole: .actionPlan), case .actions(let actions)? = caseFile.answers[question.id],
            !actions.isEmpty
        else { return nil }
        let lines = actions.map { action in
            [ShortText.clause(action.what, words: 10, ends: [";", " (", " — "]), ShortText.clause(action.who, words: 6),
             ShortText.clause(action.due, words: 5)]
                .filter { !$0.isEmpty }.joined(separator: " · ")
        }
        return labelled(.recordSummaryPlan, lines)
    }

    /// The rules whose statement the summary gives: those not in order, at most `listLimit`.
    static func listedRules(_ findings: [Finding]) -> [String] {
        Array(FindingText.rulesNotInOrder(findings).prefix(listLimit))
    }

    /// One line per rule: "R11 — na te kijken: je handelt niet op eigen houtje (stap 1, 4)".
    private var findings: String? {
        let plan = questionnaire.question(withRole: .actionPlan)?.id ?? ""
        let lines = FindingText(texts: texts).notInOrderLines(reasoning.findings, plan: plan)
        guard !lines.isEmpty else { return nil }
        return labelled(.recordSummaryFindings, lines)
    }

    /// "art. 458bis: niet gedekt". Which steps a ground does not cover, G1 says.
    private var law: String? {
        guard !reasoning.verdicts.isEmpty, let rulebook else { return nil }
        let facts = ProvisionFacts(rulebook: rulebook, texts: texts)
        let words = VerdictText(texts: texts)
        let lines = reasoning.verdicts.map { verdict in
            facts.name(verdict.provision) + ": " + words.word(verdict.verdict)
        }
        return "**" + escaped(texts(.checkLawHeading)) + "**\n\n" + lines.map { "- " + escaped($0) }.joined(separator: "\n")
    }

    /// "2 vragen; 12 punten van de wet niet beoordeeld; stap 2 zonder grond", or "niets".
    private var stillOpen: String {
        var parts: [String] = []
        let questions = questionnaire.openQuestions(in: caseFile).count
        if questions == 1 { parts.append(texts(.recordSummaryOpenQuestion)) }
        if questions > 1 { parts.append(texts(.recordSummaryOpenQuestions, ["count": String(questions)])) }
        let points = reasoning.verdicts.map(\.notJudgedCount).reduce(0, +)
        if points == 1 { parts.append(texts(.recordSummaryNotJudgedOne)) }
        if points > 1 { parts.append(texts(.recordSummaryNotJudged, ["count": String(points)])) }
        let groundless = reasoning.steps.filter { $0.ground == nil }.map { String($0.step) }
        if !groundless.isEmpty { parts.append(texts(.recordSummaryNoGround, ["steps": groundless.joined(separator: ", ")])) }
        return parts.isEmpty ? texts(.recordSummaryNothingOpen) : parts.joined(separator: "; ")
    }

    /// A bold label over a list of at most `listLimit` lines and "en nog 3".
    private func labelled(_ key: MessageKey, _ lines: [String]) -> String {
        var shown = lines.prefix(Self.listLimit).map { "- " + escaped($0) }
        if lines.count > Self.listLimit { shown.append("- " + escaped(texts(.recordSummaryMore, ["count": String(lines.count - Self.listLimit)]))) }
        return "**" + escaped(texts(key)) + "**\n\n" + shown.joined(separator: "\n")
    }

    private func text(_ role: QuestionRole) -> String? {
        guard let question = questionnaire.question(withRole: role), case .text(let text)? = caseFile.answers[question.id],
            !text.allSatisfy(\.isWhitespace)
        else { return nil }
        return text
    }

    private func list(_ role: QuestionRole) -> [String]? {
        guard let question = questionnaire.question(withRole: role), case .list(let items)? = caseFile.answers[question.id] else { return nil }
        let kept = items.filter { !$0.allSatisfy(\.isWhitespace) }
        return kept.isEmpty ? nil : kept
    }

    private func field(_ key: MessageKey, _ value: String) -> String {
        "- **" + escaped(texts(key)) + ":** " + escaped(value)
    }

    private func escaped(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
