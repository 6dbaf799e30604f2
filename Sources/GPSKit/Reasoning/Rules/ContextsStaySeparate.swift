/// R10: voluntary and forced help share no secrecy. Her own context comes from her
/// organisation in the ecogram (voluntary unless she marked it forced).
struct ContextsStaySeparate: CaseCheck {
    let rule = "R10"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let helpers = evidence.shares.filter { !CaseEvidence.isFamily($0.stakeholder) }
        guard !helpers.isEmpty else { return [finding(.ok, "noSharing", basis: [evidence.id(.actionPlan)])] }
        let own = evidence.ownContext
        let crossing = helpers.filter { $0.stakeholder.context.map { $0 != own } ?? false }
        guard !crossing.isEmpty else {
            return [finding(.ok, "sameContext", ["names": names(helpers)], basis: basis(helpers, evidence))]
        }
        let message = own == .voluntary ? "forcedFromVoluntary" : "voluntaryFromForced"
        return [
            finding(
                .problem, message, ["names": names(crossing), "steps": steps(crossing)],
                basis: basis(crossing, evidence, plus: [evidence.id(.stakeholders)]))
        ]
    }
}
