/// The parts of a case the checks read, found by question role so any route works: the
/// stakeholders, the action plan and who each step shares with, and the family-first answer.
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
    let shares: [Share]
    let signals: TextSignals

    init(caseFile: CaseFile, questionnaire: Questionnaire, signals: TextSignals = .embedded) {
        self.caseFile = caseFile
        self.questionnaire = questionnaire
        self.signals = signals
        let people = caseFile.stakeholders
        stakeholders = people
        var actions: [ActionItem] = []
        if let id = questionnaire.question(withRole: .actionPlan)?.id, case .actions(let items) = caseFile.answers[id] {
            actions = items
        }
        self.actions = actions
        shares = actions.enumerated().flatMap { offset, action in
            action.sharesWith.compactMap { name in
                people.first { $0.name == name }.map { Share(step: offset + 1, action: action, stakeholder: $0) }
            }
        }
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

    /// The help context of her own organisation: what its stakeholders say, voluntary by default.
    var ownContext: HelpContext {
        stakeholders.first { $0.category == .organisation && $0.context != nil }?.context ?? .voluntary
    }

    /// The client and the household: the people the help is for.
    static func isFamily(_ person: Stakeholder) -> Bool { [.client, .household].contains(person.category) }

    /// A share that leaves the family and her own organisation.
    static func isOutward(_ share: Share) -> Bool {
        !isFamily(share.stakeholder) && share.stakeholder.category != .organisation
    }

    var outwardShares: [Share] { shares.filter(Self.isOutward) }

    func stepName(_ step: Int) -> String { "\(id(.actionPlan)) #\(step)" }

    /// Whether a step that shares with the family comes no later than step `step`: by date
    /// where both have one, otherwise by their order in the plan. The step itself counts.
    func familyHearsFirst(step: Int) -> Bool {
        let familySteps = actions.indices.filter { actions[$0].sharesWith.contains(where: isFamilyName) }
        let later = actions[step - 1]
        return familySteps.contains { index in
            if index == step - 1 { return true }
            if let familyDay = day(of: actions[index]), let laterDay = day(of: later) { return familyDay <= laterDay }
            return index < step - 1
        }
    }

    func isFamilyName(_ name: String) -> Bool {
        stakeholders.contains { $0.name == name && Self.isFamily($0) }
    }

    /// When a step happens: its due text read as a day, else its review date.
    func day(of action: ActionItem) -> CaseDay? {
        DueDay.read(action.due, caseDate: caseFile.date) ?? action.review
    }
}
