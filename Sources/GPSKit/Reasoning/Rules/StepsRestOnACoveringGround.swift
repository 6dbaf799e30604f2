/// G1: every step that tells someone something about the family rests on a ground, and that
/// ground covers it: not covered is a problem, open is to check, no ground at all asks for one.
struct StepsRestOnACoveringGround: CaseCheck {
    let rule = "G1"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        guard !evidence.steps.isEmpty else { return [finding(.ok, "nothingToCover", basis: [evidence.id(.actionPlan)])] }
        return evidence.steps.map { step in
            let names = step.told.joined(separator: ", ")
            var arguments = ["step": String(step.step), "names": names]
            var wording = ["alternatives": list(step.alternatives)]
            let basis = [evidence.stepName(step.step)] + step.told
            guard let ground = step.ground else { return finding(.attention, "noGround", arguments, wording: wording, basis: basis) }
            wording["ground"] = ground.label
            guard let verdict = step.verdict else { return finding(.toCheck, "unchecked", arguments, wording: wording, basis: basis) }
            arguments["provision"] = verdict.provision.id
            switch verdict.verdict {
            case .covered:
                return finding(.ok, "covered", arguments, wording: wording, basis: basis)
            case .open:
                wording["points"] = VerdictText.points(verdict.openPoints)
                return finding(.toCheck, "open", arguments, wording: wording, basis: basis)
            case .notCovered:
                wording["points"] = VerdictText.points(verdict.deciding)
                return finding(.problem, "notCovered", arguments, wording: wording, basis: basis)
            }
        }
    }

    private func list(_ grounds: [Ground]) -> LocalizedText {
        LocalizedText(
            nl: grounds.map(\.label.nl).joined(separator: "; "), en: grounds.map(\.label.en).joined(separator: "; "))
    }
}
