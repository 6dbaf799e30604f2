/// R10: voluntary and forced help share no secrecy. Her own context comes from her
/// organisation in the ecogram; a context nobody gave is unknown, never taken for voluntary.
/// Telling her own organisation crosses no context: its context is hers.
struct ContextsStaySeparate: CaseCheck {
    let rule = "R10"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let helpers = evidence.shares.filter {
            $0.stakeholder.hasHelpContext && $0.stakeholder.category != .organisation && evidence.sharesWithinTheHelp($0)
        }
        guard !helpers.isEmpty else { return [finding(.ok, "noSharing", basis: [evidence.id(.actionPlan)])] }
        let own = evidence.ownContext
        let crossing = helpers.filter { share in
            guard let own, let theirs = share.stakeholder.context else { return false }
            return theirs != own
        }
        if !crossing.isEmpty {
            let message = own == .voluntary ? "forcedFromVoluntary" : "voluntaryFromForced"
            return [
                finding(
                    .problem, message, ["names": names(crossing), "steps": steps(crossing)],
                    basis: basis(crossing, evidence, plus: [evidence.id(.stakeholders)]))
            ]
        }
        if own == nil {
            return [finding(.toCheck, "ownContextUnknown", ["names": names(helpers)], basis: basis(helpers, evidence))]
        }
        let unknown = helpers.filter { $0.stakeholder.context == nil }
        guard unknown.isEmpty else {
            return [
                finding(
                    .toCheck, "contextUnknown", ["names": names(unknown), "steps": steps(unknown)],
                    basis: basis(unknown, evidence, plus: [evidence.id(.stakeholders)]))
            ]
        }
        return [finding(.ok, "sameContext", ["names": names(helpers)], basis: basis(helpers, evidence))]
    }
}
