/// R5: silence towards third parties comes first; she talks with the family, not about them.
/// A step that tells a third party something while the person the concern belongs to does not
/// take part asks for a second look (whether it may at all is for G1 and R6 to R10). Once
/// someone confided, other family members are third parties too.
struct SilenceTowardsThirdParties: CaseCheck {
    let rule = "R5"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let told = evidence.thirdPartyShares
        guard !told.isEmpty else { return [finding(.ok, "silent", basis: [evidence.id(.actionPlan)])] }
        let without = told.filter { !evidence.happensWithOwner($0.action) }
        guard !without.isEmpty else {
            return [finding(.ok, "withTheFamily", ["steps": steps(told)], basis: basis(told, evidence))]
        }
        var arguments = ["steps": steps(without), "names": names(without)]
        guard !evidence.confidants.isEmpty else {
            return [finding(.attention, "aboutNotWith", arguments, basis: basis(without, evidence))]
        }
        arguments["confidant"] = evidence.confidants.joined(separator: ", ")
        return [finding(.attention, "aboutNotWithConfidant", arguments, basis: basis(without, evidence))]
    }
}
