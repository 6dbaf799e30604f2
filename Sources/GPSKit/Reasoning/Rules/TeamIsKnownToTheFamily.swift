/// R3: secrecy is shared within her team only when the family knows that team is involved.
struct TeamIsKnownToTheFamily: CaseCheck {
    let rule = "R3"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let own = evidence.shares.filter { $0.stakeholder.category == .organisation }
        guard !own.isEmpty else { return [finding(.ok, "noSharing", basis: [evidence.id(.actionPlan)])] }
        let unknown = own.filter { $0.stakeholder.familyKnows == false }
        guard !unknown.isEmpty else {
            let unsure = own.filter { $0.stakeholder.familyKnows == nil }
            guard unsure.isEmpty else {
                return [finding(.attention, "notNoted", ["names": names(unsure)], basis: basis(unsure, evidence))]
            }
            return [finding(.ok, "known", ["names": names(own)], basis: basis(own, evidence))]
        }
        return [
            finding(
                .problem, "unknownToFamily", ["names": names(unknown), "steps": steps(unknown)],
                basis: basis(unknown, evidence, plus: [evidence.id(.stakeholders)]))
        ]
    }
}
