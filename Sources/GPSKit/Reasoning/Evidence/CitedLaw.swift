/// What the norms answer (H1) cites, read with the reference scanner: the provisions it names,
/// in the order first named, and the citations the rulebook cannot place.
public struct CitedLaw: Sendable {
    /// A provision named in H1, with how she named it when that was not simply right.
    public struct Named: Sendable {
        public var provision: Provision
        /// Known mis-citations that led here ("422" for 422bis).
        public var misCitations: [MisCitation]
        /// Cited under the new code with its old number ("art. 458 Sw. 2024").
        public var citedOldNumberAsNew: [String]
    }

    /// A citation that names no provision of the rulebook.
    public struct Unplaced: Sendable {
        public var matchedText: String
        /// The nearest provision, offered as a guess, never as what she meant.
        public var nearest: Provision?
        /// The law or treaty it is an article of, when that is not the Criminal Code ("AVG art. 9").
        public var instrument: Instrument?
        /// The article number as read ("19"), for an article of another instrument.
        public var article: String?
    }

    public var named: [Named]
    public var unplaced: [Unplaced]

    public init(_ items: [String], rulebook: Rulebook) {
        self.init(items, scanner: ReferenceScanner(rulebook: rulebook))
    }

    public init(_ items: [String], scanner: ReferenceScanner) {
        let rulebook = scanner.rulebook
        named = []
        unplaced = []
        for reference in items.flatMap({ scanner.scan(listItem: $0) }) {
            switch reference.resolution {
            case .provision(let id): note(id, in: rulebook) { _ in }
            case .misCitation(let citation): note(citation.means, in: rulebook) { $0.add(citation) }
            case .oldNumberUnderNewCode(let id): note(id, in: rulebook) { $0.add(oldAsNew: reference.matchedText) }
            case .mappingOnly(_, let nearest), .notInRulebook(let nearest):
                guard !unplaced.contains(where: { $0.matchedText == reference.matchedText }) else { continue }
                unplaced.append(Unplaced(matchedText: reference.matchedText, nearest: nearest.flatMap(rulebook.provision(id:))))
            case .otherInstrument(let instrument):
                guard !unplaced.contains(where: { $0.matchedText == reference.matchedText }) else { continue }
                let article: String? = if case .article(let number, _, _) = reference.citation { number.description } else { nil }
                unplaced.append(Unplaced(matchedText: reference.matchedText, instrument: instrument, article: article))
            }
        }
    }

    /// The provisions named in a case's norms answers, in order.
    public init(caseFile: CaseFile, questionnaire: Questionnaire, rulebook: Rulebook) {
        self.init(caseFile: caseFile, questionnaire: questionnaire, scanner: ReferenceScanner(rulebook: rulebook))
    }

    public init(caseFile: CaseFile, questionnaire: Questionnaire, scanner: ReferenceScanner) {
        let items = questionnaire.questions(withRole: .norms).flatMap { question -> [String] in
            switch caseFile.answers[question.id] {
            case .list(let items): items
            case .text(let text): [text]
            default: []
            }
        }
        self.init(items, scanner: scanner)
    }

    public var provisionIDs: [String] { named.map(\.provision.id) }

    private mutating func note(_ id: String, in rulebook: Rulebook, _ change: (inout Named) -> Void) {
        if let index = named.firstIndex(where: { $0.provision.id == id }) {
            change(&named[index])
        } else if let provision = rulebook.provision(id: id) {
            var entry = Named(provision: provision, misCitations: [], citedOldNumberAsNew: [])
            change(&entry)
            named.append(entry)
        }
    }
}

extension CitedLaw.Named {
    mutating func add(_ citation: MisCitation) {
        if !misCitations.contains(citation) { misCitations.append(citation) }
    }

    mutating func add(oldAsNew text: String) {
        if !citedOldNumberAsNew.contains(text) { citedOldNumberAsNew.append(text) }
    }
}
