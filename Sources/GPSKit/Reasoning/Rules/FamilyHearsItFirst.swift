/// R6: before any step outward, the family hears the concern from her: the person who
/// confided it where someone did, and before her team, other family members or anyone else.
/// Read from the family-first answer and, when she means to talk first, from the dates of the
/// steps and who takes part in them.
struct FamilyHearsItFirst: CaseCheck {
    let rule = "R6"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let outward = evidence.outwardShares
        let question = evidence.id(.familyInformed)
        guard !outward.isEmpty else { return [finding(.ok, "noStepOutward", basis: [evidence.id(.actionPlan)])] }
        var arguments = ["steps": steps(outward), "names": names(outward)]
        let base = basis(outward, evidence, plus: [question])
        switch evidence.familyInformed {
        case "al-besproken":
            return [finding(.ok, "alreadyTalked", arguments, basis: base)]
        case "eerst-bespreken":
            let early = outward.filter { !evidence.ownerHearsFirst(step: $0.step) }
            guard !early.isEmpty else { return [finding(.ok, "talksFirst", arguments, basis: base)] }
            arguments = ["steps": steps(early), "names": names(early)]
            let earlyBasis = basis(early, evidence, plus: [question])
            guard !evidence.confidants.isEmpty else { return [finding(.attention, "familyLater", arguments, basis: earlyBasis)] }
            arguments["confidant"] = evidence.confidants.joined(separator: ", ")
            return [finding(.attention, "confidantLater", arguments, basis: earlyBasis)]
        case "geen-stap-naar-buiten":
            return [finding(.attention, "saidNoStepOutward", arguments, basis: base)]
        default:
            return [finding(.problem, "familyNotTold", arguments, basis: base)]
        }
    }
}
