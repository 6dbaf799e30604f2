/// R4: no other service may use her to watch the family. A party in forced help or speaking
/// for society whose expectation reads like watching or reporting is a risk; sharing with it
/// is a problem, the words alone are only a guess. A party whose help context she did not give
/// is not taken for voluntary: its request is to check.
struct NoControlForOtherServices: CaseCheck {
    let rule = "R4"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let findings = evidence.stakeholders.compactMap { person -> Finding? in
            let controlling = person.context == .forced || person.category == .society
            let unknown = person.hasHelpContext && person.context == nil
            guard controlling || unknown, let phrase = evidence.signals.hits(.control, in: person.expects).first else { return nil }
            let shares = evidence.shares.filter { $0.stakeholder.name == person.name }
            let arguments = ["name": person.name, "phrase": phrase, "steps": steps(shares)]
            let base = basis(shares, evidence, plus: [evidence.id(.stakeholders), person.name])
            if !controlling { return finding(.toCheck, "contextUnknown", arguments, basis: base) }
            return shares.isEmpty
                ? finding(.toCheck, "asksForControl", arguments, basis: base)
                : finding(.problem, "sharesWithController", arguments, basis: base)
        }
        return findings.isEmpty ? [finding(.ok, "noControlAsked", basis: [evidence.id(.stakeholders)])] : findings
    }
}
