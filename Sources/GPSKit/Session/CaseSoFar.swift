/// What the wizard knows of the case when it asks a question, for the proposals it makes: the
/// people around the client, the facts, whether someone is in acute danger or in danger of
/// harming herself.
struct CaseSoFar {
    var stakeholders: [Stakeholder] = []
    var facts: [String] = []
    var acuteDanger: Bool?
    var selfHarm = false
    /// The family-first choice her plan already shows: no step outward at all, or a talk with
    /// whoever the concern belongs to before every step outward. Nil when the plan does not say.
    var familyFirstProposal: String?

    init() {}

    init(_ caseFile: CaseFile, questionnaire: Questionnaire, signals: TextSignals = .embedded) {
        stakeholders = caseFile.stakeholders
        func texts(_ role: QuestionRole) -> [String] {
            switch questionnaire.question(withRole: role).flatMap({ caseFile.answers[$0.id] }) {
            case .list(let items)?: items
            case .text(let text)?: [text]
            default: []
            }
        }
        facts = texts(.facts)
        if case .yesNo(let flag)? = questionnaire.question(withRole: .acuteDanger).flatMap({ caseFile.answers[$0.id] }) {
            acuteDanger = flag
        }
        selfHarm = (facts + texts(.suspicions)).contains { !signals.hits(.selfHarm, in: $0).isEmpty }
        familyFirstProposal = Self.familyFirst(caseFile, questionnaire: questionnaire)
    }

    private static func familyFirst(_ caseFile: CaseFile, questionnaire: Questionnaire) -> String? {
        guard case .actions(let actions)? = questionnaire.question(withRole: .actionPlan).flatMap({ caseFile.answers[$0.id] }),
            !actions.isEmpty, let rulebook = try? Rulebook.embedded()
        else { return nil }
        let evidence = CaseEvidence(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook)
        let outward = evidence.outwardShares
        if outward.isEmpty { return "geen-stap-naar-buiten" }
        return outward.allSatisfy { evidence.ownerHearsFirst(step: $0.step) } ? "eerst-bespreken" : nil
    }
}
