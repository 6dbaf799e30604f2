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

    /// The rules not in order, each once, in the order found.
    static func rulesNotInOrder(_ findings: [Finding]) -> [String] {
        var rules: [String] = []
        for finding in findings where finding.level != .ok && !rules.contains(finding.rule) { rules.append(finding.rule) }
        return rules
    }

    /// One line per rule not in order, for a first screen: "R11 — na te kijken: je handelt niet
    /// op eigen houtje (stap 1, 4)". `plan` is the action plan's question id, whose steps the
    /// findings read.
    func notInOrderLines(_ findings: [Finding], plan: String) -> [String] {
        let open = findings.filter { $0.level != .ok }
        return Self.rulesNotInOrder(findings).map { rule -> String in
            let found = open.filter { $0.rule == rule }
            var levels: [String] = []
            for level in found.map({ self.level($0.level) }) where !levels.contains(level) { levels.append(level) }
            var steps: [String] = []
            for basis in found.flatMap(\.basis) where basis.hasPrefix(plan + " #") {
                let step = String(basis.dropFirst(plan.count + 2))
                if !steps.contains(step) { steps.append(step) }
            }
            var line = rule + " — " + levels.joined(separator: ", ") + ": "
                + ShortText.clause(self.rule(of: found[0]), words: 12, ends: ShortText.clauseEnds + [", "])
            if !steps.isEmpty { line += " " + texts(.recordSummarySteps, ["steps": steps.joined(separator: ", ")]) }
            return line
        }
    }
}
