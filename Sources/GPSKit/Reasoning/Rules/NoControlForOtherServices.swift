/// R4: no other service may use her to watch the family. A party in forced help or speaking
/// for society whose expectation reads like watching or reporting is a risk; sharing with it
/// is a problem, the words alone are only a guess.
struct NoControlForOtherServices: CaseCheck {
    let rule = "R4"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let findings = evidence.stakeholders.compactMap { person -> Finding? in
            guard person.context == .forced || person.category == .society,
                let phrase = evidence.signals.hits(.control, in: person.expects).first
            else { return nil }
            let shares = evidence.shares.filter { $0.stakeholder.name == person.name }
            let arguments = ["name": person.name, "phrase": phrase, "steps": steps(shares)]
            let base = basis(shares, evidence, plus: [evidence.id(.stakeholders), person.name])
            return shares.isEmpty
                ? finding(.toCheck, "asksForControl", arguments, basis: base)
                : finding(.problem, "sharesWithController", arguments, basis: base)
        }
        return findings.isEmpty ? [finding(.ok, "noControlAsked", basis: [evidence.id(.stakeholders)])] : findings
    }
}
