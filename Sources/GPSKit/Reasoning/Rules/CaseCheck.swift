/// One justification check: a secrecy rule tested against the structured answers of a case.
protocol CaseCheck: Sendable {
    /// The rule id in `Data/rules.json`.
    var rule: String { get }
    func findings(in evidence: CaseEvidence) -> [Finding]
}

extension CaseCheck {
    func finding(
        _ level: FindingLevel, _ message: String, _ arguments: [String: String] = [:], basis: [String]
    ) -> Finding {
        Finding(rule: rule, level: level, message: message, arguments: arguments, basis: basis)
    }
}
