/// The parts of a case the reasoning reads, found by question role so any route works: the
/// stakeholders (who confided, who asked for silence), the action plan with who takes part in
/// each step and who learns something, the law she cites, the code on the facts' day.
struct CaseEvidence: Sendable {
    /// One step of the plan telling one stakeholder something about the family.
    struct Share: Sendable {
        /// 1-based, as in the record's table.
        var step: Int
        var action: ActionItem
        var stakeholder: Stakeholder
    }

    let caseFile: CaseFile
    let questionnaire: Questionnaire
    let stakeholders: [Stakeholder]
    let actions: [ActionItem]
    /// Every recipient of every step.
    let shares: [Share]
    let signals: TextSignals
    let catalogue: GroundCatalogue
    let code: CodeOnDate
    /// The steps that need a ground, with their verdicts; filled in by `CaseReasoning` before
    /// the rules read them.
    var steps: [StepGround] = []
    /// Whether the facts or suspicions speak of danger to the person herself (suicide,
    /// self-harm); read once here, since every step's ground asks it.
    private(set) var selfHarm = false

    init(
        caseFile: CaseFile, questionnaire: Questionnaire, rulebook: Rulebook, catalogue: GroundCatalogue = .embedded,
        signals: TextSignals = .embedded
    ) {
        self.caseFile = caseFile
        self.questionnaire = questionnaire
        self.catalogue = catalogue
        self.signals = signals
        code = CodeOnDate(day: caseFile.date, rulebook: rulebook)
        let people = caseFile.stakeholders
        stakeholders = people
        var actions: [ActionItem] = []
        if let id = questionnaire.question(withRole: .actionPlan)?.id, case .actions(let items) = caseFile.answers[id] {
            actions = items
        }
        self.actions = actions
        shares = actions.enumerated().flatMap { offset, action in
            action.recipients.compactMap { name in
                people.first { $0.name == name }.map { Share(step: offset + 1, action: action, stakeholder: $0) }
            }
        }
        selfHarm = (texts(.facts) + texts(.suspicions)).contains { !signals.hits(.selfHarm, in: $0).isEmpty }
    }

    /// The id of the question with this role, for the basis of a finding.
    func id(_ role: QuestionRole) -> String {
        questionnaire.question(withRole: role)?.id ?? role.rawValue
    }

    func answer(_ role: QuestionRole) -> Answer? {
        questionnaire.question(withRole: role).flatMap { caseFile.answers[$0.id] }
    }

    /// Every line of free text answered to the question with this role.
    func texts(_ role: QuestionRole) -> [String] {
        switch answer(role) {
        case .text(let text)?: [text]
        case .list(let items)?: items
        default: []
        }
    }

    /// The picked choice of the family-first question: `al-besproken`, `eerst-bespreken`, …
    var familyInformed: String? {
        if case .choice(let choice)? = answer(.familyInformed) { return choice.selected.first }
        return nil
    }

    /// Yes, no, or nil when the route does not ask or she has not answered.
    var acuteDanger: Bool? {
        if case .yesNo(let flag)? = answer(.acuteDanger) { return flag }
        return nil
    }

    /// Her own help context, from her organisation in the ecogram; nil when she did not say.
    var ownContext: HelpContext? {
        stakeholders.first { $0.category == .organisation && $0.context != nil }?.context
    }

    func stepName(_ step: Int) -> String { "\(id(.actionPlan)) #\(step)" }

    /// When a step happens: its due text read as a day, else its review date.
    func day(of action: ActionItem) -> CaseDay? {
        DueDay.read(action.due, caseDate: caseFile.date) ?? action.review
    }

    func stakeholder(named name: String) -> Stakeholder? { stakeholders.first { $0.name == name } }
}

/// Who the concern belongs to, and who counts as telling it further.
extension CaseEvidence {
    /// The client and the household: the people the help is for.
    static func isFamily(_ person: Stakeholder) -> Bool { [.client, .household].contains(person.category) }

    func isFamilyName(_ name: String) -> Bool { stakeholder(named: name).map(Self.isFamily) ?? false }

    /// Those who confided in her; the first conversation belongs to them.
    var confidants: [String] { stakeholders.filter(\.confided).map(\.name) }

    /// Those who asked her to keep it to herself.
    var silenceAskers: [String] { stakeholders.filter(\.askedSilence).map(\.name) }

    /// Someone a step talks about the family with: the person who confided where someone did,
    /// otherwise any member of the family.
    func isOwner(_ name: String) -> Bool {
        confidants.isEmpty ? isFamilyName(name) : confidants.contains(name)
    }

    /// Telling this stakeholder is telling a third party: anyone outside the family and her own
    /// organisation, and, once someone confided, every other family member told without her.
    func isThirdParty(_ share: Share) -> Bool {
        guard !isOwner(share.stakeholder.name) else { return false }
        if share.stakeholder.category == .organisation { return false }
        if !Self.isFamily(share.stakeholder) { return true }
        return !confidants.isEmpty && !happensWithOwner(share.action)
    }

    /// A step outward for "the family first": to a third party, or once someone confided, also
    /// to her own organisation.
    func isOutward(_ share: Share) -> Bool {
        isThirdParty(share) || (!confidants.isEmpty && share.stakeholder.category == .organisation)
    }

    var thirdPartyShares: [Share] { shares.filter(isThirdParty) }
    /// Shares with anyone outside the family and her own organisation: other services, the
    /// informal network, society.
    var outsideShares: [Share] { shares.filter { !Self.isFamily($0.stakeholder) && $0.stakeholder.category != .organisation } }

    /// Whether a step shares within the help: on consent, shared or joint secrecy, or on no
    /// ground at all; a report or a call for help on a legal ground is for G1 to judge.
    func sharesWithinTheHelp(_ share: Share) -> Bool {
        guard let id = share.action.ground, let ground = catalogue.ground(id) else { return true }
        return ground.withinTheHelp
    }
    var outwardShares: [Share] { shares.filter(isOutward) }

    /// Whether the person the concern belongs to takes part in the step itself.
    func happensWithOwner(_ action: ActionItem) -> Bool { action.participants.contains(where: isOwner) }

    /// Whether a step with the owner of the concern comes no later than step `step`: by date
    /// where both have one, otherwise by their order in the plan. The step itself counts.
    func ownerHearsFirst(step: Int) -> Bool {
        let later = actions[step - 1]
        return actions.indices.contains { index in
            guard actions[index].people.contains(where: isOwner) else { return false }
            if index == step - 1 { return true }
            if let ownerDay = day(of: actions[index]), let laterDay = day(of: later) { return ownerDay <= laterDay }
            return index < step - 1
        }
    }

    /// Whether a step tells something it needs a ground for: anyone outside the family, or,
    /// when someone asked for silence, anyone but the person who asked.
    func needsGround(_ action: ActionItem) -> Bool { !Self.told(in: action, stakeholders: stakeholders).isEmpty }

    static func needsGround(_ action: ActionItem, stakeholders: [Stakeholder]) -> Bool {
        !told(in: action, stakeholders: stakeholders).isEmpty
    }

    /// The recipients a step needs a ground for.
    static func told(in action: ActionItem, stakeholders: [Stakeholder]) -> [String] {
        let askers = stakeholders.filter(\.askedSilence).map(\.name)
        return action.recipients.filter { name in
            guard let person = stakeholders.first(where: { $0.name == name }) else { return false }
            if !isFamily(person) { return true }
            return !askers.isEmpty && !askers.contains(name) && !action.participants.contains(where: askers.contains)
        }
    }
}
