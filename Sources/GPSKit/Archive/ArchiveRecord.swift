import Foundation

/// The two files `gps archief deel` puts in the archive for one case: the anonymous record in
/// Markdown, exactly as `gps export --anoniem` writes it, and its summary as JSON. Both come
/// from one `AnonymousCase`; whether they may leave is `ArchiveGate`'s question.
public struct ArchiveRecord: Sendable {
    public let archiveID: String
    public let markdown: String
    public let summary: ArchiveSummary
    /// The identifiers left in the pseudonymised case, with where she typed them.
    public let caseFindings: [IdentifierFinding]
    /// Where each of `caseFindings` stands, in the route's words: "Feiten #2".
    public let casePlaces: [String]
    /// The lines of the Markdown that GPS writes for any case (headings, the method's source
    /// with its authors' names): a client who shares a name with an author must not block sharing.
    public let fixedLines: Set<String>
    /// Every piece of free text of the pseudonymised case with where it stands, so a name the
    /// gate finds can be traced back to the answer she typed it in.
    public let caseTexts: [(text: String, place: String)]
    /// What she is told about people in no list that became "persoon N", as `gps export
    /// --anoniem` tells it; empty when there were none.
    public let unlistedNameLines: [String]
    /// Those people, found once for the record and for the gate that checks it.
    public let unlistedNames: UnlistedNames

    public init(
        _ caseFile: CaseFile, archiveID: String, questionnaire: Questionnaire, rulebook: Rulebook, texts: MessageTable,
        today: CaseDay? = nil
    ) {
        let anonymous = AnonymousCase(caseFile, questionnaire: questionnaire, rulebook: rulebook, messages: texts, today: today)
        self.archiveID = archiveID
        caseFindings = anonymous.findings
        unlistedNameLines = anonymous.unlistedNameLines(messages: texts)
        unlistedNames = anonymous.unlistedNames
        var pieces: [(String, String)] = []
        _ = anonymous.caseFile.mappingFreeText { text, location in
            if !text.isEmpty { pieces.append((text, location.place(in: questionnaire, messages: texts))) }
            return text
        }
        caseTexts = pieces
        casePlaces = anonymous.findings.map { $0.location.place(in: questionnaire, messages: texts) }
        let renderer = MarkdownRecordRenderer(questionnaire: questionnaire, texts: texts)
        markdown = renderer.render(anonymous.caseFile, reasoning: anonymous.reasoning)
        let blank = CaseFile(id: caseFile.id, title: "", route: caseFile.route, date: caseFile.date, now: caseFile.created)
        fixedLines = Set(renderer.render(blank).split(separator: "\n").map(String.init))
        // The reasoning keeps the real names of those a step tells; each becomes the pseudonym
        // the record's tables use.
        let pseudonymiser = anonymous.pseudonymiser
        var pseudonyms: [String: String] = [:]
        for person in caseFile.stakeholders { pseudonyms[person.name] = pseudonymiser.pseudonym(for: person) }
        summary = Self.summary(
            anonymous.caseFile, reasoning: anonymous.reasoning, archiveID: archiveID, questionnaire: questionnaire,
            rulebook: rulebook, texts: texts, rename: { pseudonyms[$0] ?? pseudonymiser.pseudonymise($0) })
    }

    /// The summary as the archive stores it: sorted keys, two-space indents, one final newline.
    public var summaryJSON: String {
        Self.encode(summary)
    }

    public static func encode(_ summary: ArchiveSummary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(summary)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func summary(
        _ file: CaseFile, reasoning: CaseReasoning, archiveID: String, questionnaire: Questionnaire, rulebook: Rulebook,
        texts: MessageTable, rename: (String) -> String
    ) -> ArchiveSummary {
        let language = texts.language
        func answer(_ role: QuestionRole) -> Answer? {
            questionnaire.question(withRole: role).flatMap { file.answers[$0.id] }
        }
        func text(_ role: QuestionRole) -> String? {
            guard case .text(let text)? = answer(role), !text.allSatisfy(\.isWhitespace) else { return nil }
            return text
        }
        var values: [String] = []
        if let question = questionnaire.question(withRole: .values), case .choice(let choice)? = file.answers[question.id] {
            let labels = question.choices ?? []
            values = choice.selected.map { id in labels.first { $0.id == id }?.label.text(in: language) ?? id } + choice.other
        }
        var arguments: [String] = []
        if case .list(let items)? = answer(.arguments) { arguments = items.filter { !$0.allSatisfy(\.isWhitespace) } }
        var plan: [ArchiveSummary.PlanStep] = []
        if case .actions(let actions)? = answer(.actionPlan) {
            plan = actions.enumerated().map { offset, action in
                ArchiveSummary.PlanStep(
                    step: offset + 1, what: action.what, who: action.who, participants: action.participants,
                    recipients: action.recipients, reviewMonth: action.review.map(month))
            }
        }
        let facts = ProvisionFacts(rulebook: rulebook, texts: texts)
        let provisions = reasoning.verdicts.map { verdict in
            ArchiveSummary.ProvisionEntry(
                id: verdict.provision.id, name: facts.name(verdict.provision), verdict: ArchiveVerdict(verdict.verdict))
        }
        let grounds = reasoning.steps.map { step in
            ArchiveSummary.GroundEntry(
                step: step.step, told: step.told.map(rename), ground: step.ground?.id, provision: step.ground?.provision,
                verdict: step.outcome.map(ArchiveVerdict.init))
        }
        let planID = questionnaire.question(withRole: .actionPlan)?.id ?? ""
        let findings = reasoning.findings.map { finding in
            ArchiveSummary.FindingEntry(
                rule: finding.rule, level: finding.level.rawValue,
                steps: finding.basis.compactMap { basis in
                    basis.hasPrefix(planID + " #") ? Int(basis.dropFirst(planID.count + 2)) : nil
                })
        }
        return ArchiveSummary(
            formatVersion: ArchiveSummary.currentFormatVersion, archiveID: archiveID, month: month(file.date),
            route: file.route == "kort" ? "kort" : "volledig", language: language.rawValue, title: file.title,
            keyQuestion: text(.keyQuestion), decision: DecisionLog(caseFile: file, route: questionnaire).current?.decision,
            arguments: arguments, acceptedCost: text(.acceptedCost), values: values, plan: plan, provisions: provisions,
            grounds: grounds, findings: findings, intervisions: file.intervisions.count)
    }

    static func month(_ day: CaseDay) -> String {
        String(format: "%04d-%02d", day.year, day.month)
    }
}
