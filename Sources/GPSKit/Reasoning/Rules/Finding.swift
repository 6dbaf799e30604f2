/// What one check found about one point of the case.
public struct Finding: Sendable, Equatable, Hashable {
    /// The rule it tests, e.g. `R6`, or `G1` for the grounds of the steps.
    public var rule: String
    public var level: FindingLevel
    /// Which message of the rule in `Data/rules.json` explains it.
    public var message: String
    /// Values for the message's `{placeholders}`: names, step numbers, phrases she wrote.
    public var arguments: [String: String]
    /// Values that read differently per language: the points of a provision, a ground.
    public var wording: [String: LocalizedText]
    /// The answers it read: question ids, `actieplan #2`, stakeholder names.
    public var basis: [String]

    public init(
        rule: String, level: FindingLevel, message: String, arguments: [String: String] = [:],
        wording: [String: LocalizedText] = [:], basis: [String]
    ) {
        self.rule = rule
        self.level = level
        self.message = message
        self.arguments = arguments
        self.wording = wording
        self.basis = basis
    }

    /// Every placeholder value in one language.
    public func values(in language: Language) -> [String: String] {
        arguments.merging(wording.mapValues { $0.text(in: language) }) { plain, _ in plain }
    }
}

/// How much a finding asks of her. `toCheck` is for what GPS only guessed from free text or
/// what rests on a point still open: it never calls a guess a problem.
public enum FindingLevel: String, Sendable, CaseIterable, Comparable {
    case ok
    case attention
    case toCheck
    case problem

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
