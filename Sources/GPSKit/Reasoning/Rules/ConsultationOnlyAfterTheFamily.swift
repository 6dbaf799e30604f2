/// R12: no new concern goes to a local client consultation (LCO) before the family has heard
/// it. Which step is a consultation is read from its words; whether it tells anyone
/// something, and when the family hears it, from the structure.
struct ConsultationOnlyAfterTheFamily: CaseCheck {
    let rule = "R12"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let findings = evidence.actions.enumerated().compactMap { offset, action -> Finding? in
            let step = offset + 1
            guard let phrase = evidence.signals.hits(.consultation, in: action.what).first else { return nil }
            let arguments = ["step": String(step), "phrase": phrase]
            let base = [evidence.stepName(step), evidence.id(.familyInformed)]
            if evidence.familyInformed == "al-besproken" || evidence.ownerHearsFirst(step: step) {
                return finding(.ok, "familyFirst", arguments, basis: base)
            }
            let tellsOutsiders = action.recipients.contains { !evidence.isOwner($0) }
            return tellsOutsiders
                ? finding(.problem, "consultationFirst", arguments, basis: base)
                : finding(.toCheck, "maybeConsultationFirst", arguments, basis: base)
        }
        return findings.isEmpty ? [finding(.ok, "noConsultation", basis: [evidence.id(.actionPlan)])] : findings
    }
}
