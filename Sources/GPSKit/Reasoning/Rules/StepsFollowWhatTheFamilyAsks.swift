/// R11: she never acts on her own initiative; a step outward starts from what the family
/// asks of her. Read from whether that question is answered at all.
struct StepsFollowWhatTheFamilyAsks: CaseCheck {
    let rule = "R11"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let question = evidence.id(.familyRequest)
        let outward = evidence.outwardShares
        guard !outward.isEmpty else { return [finding(.ok, "noStepOutward", basis: [evidence.id(.actionPlan)])] }
        let asked = evidence.texts(.familyRequest).contains { !$0.allSatisfy(\.isWhitespace) }
        guard !asked else { return [finding(.ok, "familyAsked", basis: basis(outward, evidence, plus: [question]))] }
        return [finding(.attention, "familyNotAsked", ["steps": steps(outward)], basis: basis(outward, evidence, plus: [question]))]
    }
}
