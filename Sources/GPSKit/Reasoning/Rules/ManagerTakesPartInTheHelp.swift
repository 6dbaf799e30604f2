/// R2: what she tells her own manager serves this family's help, so the manager must take
/// part in it. Read from the ecogram: an organisation stakeholder with no support at all.
struct ManagerTakesPartInTheHelp: CaseCheck {
    let rule = "R2"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let own = evidence.shares.filter { $0.stakeholder.category == .organisation }
        guard !own.isEmpty else { return [finding(.ok, "noSharing", basis: [evidence.id(.actionPlan)])] }
        let outside = own.filter { $0.stakeholder.support == .neither }
        guard !outside.isEmpty else {
            return [finding(.ok, "takesPart", ["names": names(own)], basis: basis(own, evidence))]
        }
        return outside.map { share in
            finding(
                .attention, "notInTheHelp", ["name": share.stakeholder.name, "step": String(share.step)],
                basis: basis([share], evidence))
        }
    }
}
