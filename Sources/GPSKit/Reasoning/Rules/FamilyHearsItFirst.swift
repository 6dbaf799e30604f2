/// R6: before any step outward, the family hears the concern from her. Read from the
/// family-first answer and, when she means to talk first, from the dates of the steps.
struct FamilyHearsItFirst: CaseCheck {
    let rule = "R6"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let outward = evidence.outwardShares
        let question = evidence.id(.familyInformed)
        guard !outward.isEmpty else { return [finding(.ok, "noStepOutward", basis: [evidence.id(.actionPlan)])] }
        let arguments = ["steps": steps(outward), "names": names(outward)]
        let base = basis(outward, evidence, plus: [question])
        switch evidence.familyInformed {
        case "al-besproken":
            return [finding(.ok, "alreadyTalked", arguments, basis: base)]
        case "eerst-bespreken":
            let early = outward.filter { !evidence.familyHearsFirst(step: $0.step) }
            guard !early.isEmpty else { return [finding(.ok, "talksFirst", arguments, basis: base)] }
            return [
                finding(
                    .attention, "familyLater", ["steps": steps(early), "names": names(early)],
                    basis: basis(early, evidence, plus: [question]))
            ]
        case "geen-stap-naar-buiten":
            return [finding(.attention, "saidNoStepOutward", arguments, basis: base)]
        default:
            return [finding(.problem, "familyNotTold", arguments, basis: base)]
        }
    }
}
