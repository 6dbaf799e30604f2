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

    /// "Zo ook stap 5.", "Zo ook stappen 3 en 5."; nil for none.
    func alsoSaid(of steps: [String]) -> String? {
        guard let last = steps.last else { return nil }
        guard steps.count > 1 else { return texts(.recordFindingsAlsoStep, ["step": last]) }
        return texts(.recordFindingsAlsoSteps, ["list": steps.dropLast().joined(separator: ", "), "last": last])
    }
}
