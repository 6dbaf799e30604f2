/// R11: she never acts on her own initiative; a step starts from what the family asks of her.
/// When someone asked her to keep silent, a step that tells anyone else without that person
/// taking part goes against the request: only a ground that covers it makes that right.
struct StepsFollowWhatTheFamilyAsks: CaseCheck {
    let rule = "R11"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        var findings = againstTheRequest(evidence)
        let question = evidence.id(.familyRequest)
        let told = evidence.thirdPartyShares
        let asked = evidence.texts(.familyRequest).contains { !$0.allSatisfy(\.isWhitespace) }
        if !told.isEmpty, !asked {
            findings.append(
                finding(.attention, "familyNotAsked", ["steps": steps(told)], basis: basis(told, evidence, plus: [question])))
        }
        guard findings.isEmpty else { return findings }
        guard !told.isEmpty else { return [finding(.ok, "noStepOutward", basis: [evidence.id(.actionPlan)])] }
        return [finding(.ok, "familyAsked", basis: basis(told, evidence, plus: [question]))]
    }

    private func againstTheRequest(_ evidence: CaseEvidence) -> [Finding] {
        let askers = evidence.silenceAskers
        guard !askers.isEmpty else { return [] }
        return evidence.actions.enumerated().compactMap { offset, action -> Finding? in
            let others = action.recipients.filter { !askers.contains($0) }
            guard !others.isEmpty, !action.participants.contains(where: askers.contains) else { return nil }
            let step = offset + 1
            let arguments = ["step": String(step), "names": others.joined(separator: ", "), "asker": askers.joined(separator: ", ")]
            let basis = [evidence.stepName(step)] + others + [evidence.id(.stakeholders)]
            let ground = evidence.steps.first { $0.step == step }
            var wording: [String: LocalizedText] = [:]
            if let label = ground?.ground?.label { wording["ground"] = label }
            switch ground?.outcome {
            case .covered?: return finding(.ok, "againstRequestCovered", arguments, wording: wording, basis: basis)
            case .open?: return finding(.toCheck, "againstRequestOpen", arguments, wording: wording, basis: basis)
            case .notCovered?: return finding(.problem, "againstRequestNotCovered", arguments, wording: wording, basis: basis)
            case nil: return finding(.problem, "againstRequest", arguments, basis: basis)
            }
        }
    }
}
