extension CaseCheck {
    /// The steps and names of some shares, each once, for a finding's basis.
    func basis(_ shares: [CaseEvidence.Share], _ evidence: CaseEvidence, plus extra: [String] = []) -> [String] {
        var items = extra
        for item in shares.map({ evidence.stepName($0.step) }) + shares.map(\.stakeholder.name) where !items.contains(item) {
            items.append(item)
        }
        return items
    }

    /// `2, 5` for the steps of some shares.
    func steps(_ shares: [CaseEvidence.Share]) -> String {
        var numbers: [Int] = []
        for step in shares.map(\.step) where !numbers.contains(step) { numbers.append(step) }
        return numbers.map(String.init).joined(separator: ", ")
    }

    /// `de consulent, het CLB` for the people of some shares.
    func names(_ shares: [CaseEvidence.Share]) -> String {
        var names: [String] = []
        for name in shares.map(\.stakeholder.name) where !names.contains(name) { names.append(name) }
        return names.joined(separator: ", ")
    }
}
