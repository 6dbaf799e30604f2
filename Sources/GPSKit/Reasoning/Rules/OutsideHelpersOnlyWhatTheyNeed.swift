/// R9: with helpers outside her team she shares only what they need, only with a party the
/// family knows of, and never her suspicions.
struct OutsideHelpersOnlyWhatTheyNeed: CaseCheck {
    let rule = "R9"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let outward = evidence.outsideShares.filter(evidence.sharesWithinTheHelp)
        guard !outward.isEmpty else { return [finding(.ok, "noOutsideSharing", basis: [evidence.id(.actionPlan)])] }
        var findings: [Finding] = []
        let unknown = outward.filter { $0.stakeholder.familyKnows == false }
        if !unknown.isEmpty {
            findings.append(
                finding(
                    .problem, "unknownToFamily", ["names": names(unknown), "steps": steps(unknown)],
                    basis: basis(unknown, evidence, plus: [evidence.id(.stakeholders)])))
        }
        let unsure = outward.filter { $0.stakeholder.familyKnows == nil }
        if !unsure.isEmpty {
            findings.append(finding(.attention, "notNoted", ["names": names(unsure)], basis: basis(unsure, evidence)))
        }
        let suspicions = evidence.texts(.suspicions).filter { !$0.allSatisfy(\.isWhitespace) }
        if !suspicions.isEmpty {
            findings.append(
                finding(
                    .attention, suspicions.count == 1 ? "keepSuspicionOut" : "keepSuspicionsOut",
                    ["count": String(suspicions.count), "names": names(outward)],
                    basis: basis(outward, evidence, plus: [evidence.id(.suspicions)])))
        }
        return findings.isEmpty ? [finding(.ok, "knownAndFactsOnly", ["names": names(outward)], basis: basis(outward, evidence))] : findings
    }
}
