/// What the wizard knows of the case when it asks a question, for the proposals it makes: the
/// people around the client, the facts, whether someone is in acute danger or in danger of
/// harming herself.
struct CaseSoFar {
    var stakeholders: [Stakeholder] = []
    var facts: [String] = []
    var acuteDanger: Bool?
    var selfHarm = false

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
    }
}
