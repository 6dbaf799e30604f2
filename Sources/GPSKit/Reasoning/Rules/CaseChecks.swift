/// The checks GPS runs on a case: that every step rests on a ground that covers it (G1), and
/// every secrecy rule the method marks **check** (R2–R12).
public enum CaseChecks {
    static let all: [any CaseCheck] = [
        StepsRestOnACoveringGround(),
        ManagerTakesPartInTheHelp(), TeamIsKnownToTheFamily(), NoControlForOtherServices(),
        SilenceTowardsThirdParties(), FamilyHearsItFirst(), ReasonsServeTheHelp(), AcuteDangerGetsHelp(),
        OutsideHelpersOnlyWhatTheyNeed(), ContextsStaySeparate(), StepsFollowWhatTheFamilyAsks(),
        ConsultationOnlyAfterTheFamily(),
    ]

    /// The rules these checks test, in order.
    public static var rules: [String] { all.map(\.rule) }

    /// The findings of a case against the embedded rulebook, rule by rule; each rule gives at
    /// least one, so the record shows all of them.
    public static func run(_ caseFile: CaseFile, questionnaire: Questionnaire) -> [Finding] {
        guard let rulebook = try? Rulebook.embedded() else { return [] }
        return CaseReasoning(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook).findings
    }

    /// True when any finding is a problem: `gps toets` then ends with status 1.
    public static func hasProblems(_ findings: [Finding]) -> Bool {
        findings.contains { $0.level == .problem }
    }
}
