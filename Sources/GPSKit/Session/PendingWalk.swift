/// The provisions whose conditions wait to be walked: those named in H1, then those the steps
/// of the plan rest on, each once.
struct PendingWalk {
    let entries: [ConditionWalk.Entry]

    init(caseFile: CaseFile, questionnaire: Questionnaire, rulebook: Rulebook) {
        let law = CitedLaw(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook)
        var entries = law.named.map { ConditionWalk.Entry(provision: $0.provision, named: $0) }
        for id in caseFile.groundProvisions(questionnaire: questionnaire) where !entries.contains(where: { $0.provision.id == id }) {
            if let provision = rulebook.provision(id: id) { entries.append(ConditionWalk.Entry(provision: provision, named: nil)) }
        }
        self.entries = entries
    }
}
