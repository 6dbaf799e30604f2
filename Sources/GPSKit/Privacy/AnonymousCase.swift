/// The case as a coach may see it: names replaced by pseudonyms, and the identifiers still in
/// its free text listed with where they are. `gps export --anoniem` renders `caseFile` when
/// `isSafeToShare`, and otherwise refuses and lists `findings`; with `--toch` it passes
/// `maskingIdentifiers: true` and every finding is masked.
public struct AnonymousCase: Sendable {
    /// Pseudonymised, and masked when asked.
    public let caseFile: CaseFile
    /// What GPS concluded from the real case, in the same pseudonyms (and masks): the export
    /// never shows a cleaner picture than the record.
    public let reasoning: CaseReasoning
    /// Identifiers in the pseudonymised text, found before any masking, in case order.
    public let findings: [IdentifierFinding]
    public let isMasked: Bool
    /// The real case's names and the identifier scan, to check a rendered export with.
    public let leakCheck: PrivacyLeakCheck
    /// People she mentions who are in no list of the case, replaced by "persoon 1", "persoon 2".
    public let unlistedNames: UnlistedNames
    /// Stakeholders, colleagues and unlisted people, for text that comes from the case later.
    let pseudonymiser: Pseudonymiser
    /// The case's route, to say where a finding is in its words.
    private let questionnaire: Questionnaire

    public init(
        _ file: CaseFile, questionnaire: Questionnaire, rulebook: Rulebook, messages: MessageTable, today: CaseDay? = nil,
        maskingIdentifiers: Bool = false
    ) {
        self.questionnaire = questionnaire
        unlistedNames = UnlistedNames(file)
        let pseudonymiser = Pseudonymiser(case: file, unlisted: unlistedNames, messages: messages)
        self.pseudonymiser = pseudonymiser
        let pseudonymised = pseudonymiser.pseudonymise(file).withNumberedParticipants(pseudonymiser)
        let scanner = IdentifierScanner(today: today)
        leakCheck = PrivacyLeakCheck(case: file, unlisted: unlistedNames, today: today)
        findings = scanner.scan(pseudonymised)
        isMasked = maskingIdentifiers
        caseFile = maskingIdentifiers ? scanner.masked(pseudonymised, messages: messages) : pseudonymised
        let real = CaseReasoning(caseFile: file, questionnaire: questionnaire, rulebook: rulebook)
        // Findings list names as the stakeholder list has them ("Ilse (29), de huisarts"): each
        // becomes the very pseudonym the record's tables use, then the rest of the text is read.
        var pseudonyms: [String: String] = [:]
        for person in file.stakeholders { pseudonyms[person.name] = pseudonymiser.pseudonym(for: person) }
        reasoning = real.mappingText { text in
            let named = text.components(separatedBy: ", ").map { pseudonyms[$0] ?? $0 }.joined(separator: ", ")
            let renamed = pseudonymiser.pseudonymise(named)
            return maskingIdentifiers ? scanner.masked(renamed, messages: messages) : renamed
        }
    }

    /// Whether nothing that identifies someone is left unmasked.
    public var isSafeToShare: Bool { isMasked || findings.isEmpty }

    /// The names of the real case's people and the identifiers still in `text`, such as the
    /// rendered export (Markdown or HTML): empty when nothing identifying remains.
    public func remainingNames(in text: String) -> [PrivacyLeakCheck.Leak] { leakCheck.leaks(in: text) }

    /// What she is told when people in no list were replaced: a heading, then one line per
    /// name with where she first wrote it and its first two letters, enough for her to know
    /// whom it means (`feiten #5: „Am…” werd persoon 1`). Empty when there were none.
    public func unlistedNameLines(messages: MessageTable) -> [String] {
        guard !unlistedNames.isEmpty else { return [] }
        return [messages(.privacyUnlistedNamesReplaced, ["count": String(unlistedNames.names.count)])]
            + unlistedNames.names.map { name in
                "  "
                    + messages(
                        .privacyUnlistedNameAt,
                        [
                            "where": name.location.place(in: questionnaire, messages: messages),
                            "text": name.name.count > 2 ? String(name.name.prefix(2)) + "…" : "…",
                            "pseudonym": messages(.privacyPseudonymUnlisted, ["number": String(name.number)]),
                        ])
            }
    }

    /// One line per finding, for the refusal message, the identifier partly hidden:
    /// `O2 #1 interest, teken 4: telefoonnummer „•••• •• •• 56”`.
    public func findingLines(messages: MessageTable) -> [String] {
        findings.map { $0.line(messages: messages, questionnaire: questionnaire) }
    }
}
