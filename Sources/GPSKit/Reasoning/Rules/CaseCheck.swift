/// One check: a rule tested against what the case says and what GPS concluded from it.
protocol CaseCheck: Sendable {
    /// The rule id in `Data/rules.json`.
    var rule: String { get }
    func findings(in evidence: CaseEvidence) -> [Finding]
}

extension CaseCheck {
    func finding(
        _ level: FindingLevel, _ message: String, _ arguments: [String: String] = [:],
        wording: [String: LocalizedText] = [:], basis: [String]
    ) -> Finding {
        Finding(rule: rule, level: level, message: message, arguments: arguments, wording: wording, basis: basis)
    }
}
