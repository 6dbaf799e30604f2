/// What one justification check found about one point of the case.
public struct Finding: Sendable, Equatable, Hashable {
    /// The secrecy rule it tests, e.g. `R6`.
    public var rule: String
    public var level: FindingLevel
    /// Which message of the rule in `Data/rules.json` explains it.
    public var message: String
    /// Values for the message's `{placeholders}`: names, step numbers, phrases.
    public var arguments: [String: String]
    /// The answers it read: question ids, `actieplan #2`, stakeholder names.
    public var basis: [String]

    public init(rule: String, level: FindingLevel, message: String, arguments: [String: String] = [:], basis: [String]) {
        self.rule = rule
        self.level = level
        self.message = message
        self.arguments = arguments
        self.basis = basis
    }
}

/// How much a finding asks of her. `toCheck` is for what GPS only guessed from free text:
/// it never calls a guess a problem.
public enum FindingLevel: String, Sendable, CaseIterable, Comparable {
    case ok
    case attention
    case toCheck
    case problem

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
