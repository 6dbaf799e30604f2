/// R5: silence towards third parties comes first; she talks with the family, not about them.
/// A step that tells an outside party something without the family taking part asks for a
/// second look (whether it may at all is for R6 to R10).
struct SilenceTowardsThirdParties: CaseCheck {
    let rule = "R5"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let outward = evidence.outwardShares
        guard !outward.isEmpty else { return [finding(.ok, "silent", basis: [evidence.id(.actionPlan)])] }
        let withoutFamily = outward.filter { !$0.action.sharesWith.contains(where: evidence.isFamilyName) }
        guard !withoutFamily.isEmpty else {
            return [finding(.ok, "withTheFamily", ["steps": steps(outward)], basis: basis(outward, evidence))]
        }
        return [
            finding(
                .attention, "aboutNotWith", ["steps": steps(withoutFamily), "names": names(withoutFamily)],
                basis: basis(withoutFamily, evidence))
        ]
    }
}
