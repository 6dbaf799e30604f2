/// The words around a finding shared by the record and `gps toets`: its level, its rule and
/// what it read.
struct FindingText {
    let texts: MessageTable
    var rules: SecrecyRules = .embedded

    func level(_ level: FindingLevel) -> String {
        switch level {
        case .ok: texts(.findingLevelOk)
        case .attention: texts(.findingLevelAttention)
        case .toCheck: texts(.findingLevelToCheck)
        case .problem: texts(.findingLevelProblem)
        }
    }

    func rule(of finding: Finding) -> String { rules.title(of: finding.rule, in: texts.language) }

    func message(of finding: Finding) -> String { rules.message(of: finding, in: texts.language) }

    func basis(of finding: Finding) -> String { basis(of: finding.basis) }

    func basis(of entries: [String]) -> String {
        let wording = BasisWording(language: texts.language)
        return texts(.findingBasis, ["basis": entries.map(wording.entry).joined(separator: "; ")])
    }
}
