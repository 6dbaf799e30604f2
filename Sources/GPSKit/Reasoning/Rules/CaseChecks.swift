/// Every secrecy rule that the method marks **check** (R2–R12), run against one case.
public enum CaseChecks {
    static let all: [any CaseCheck] = [
        ManagerTakesPartInTheHelp(), TeamIsKnownToTheFamily(), NoControlForOtherServices(),
        SilenceTowardsThirdParties(), FamilyHearsItFirst(), ReasonsServeTheHelp(), AcuteDangerGetsHelp(),
        OutsideHelpersOnlyWhatTheyNeed(), ContextsStaySeparate(), StepsFollowWhatTheFamilyAsks(),
        ConsultationOnlyAfterTheFamily(),
    ]

    /// The rules these checks test, in order.
    public static var rules: [String] { all.map(\.rule) }

    /// The findings, rule by rule; each rule gives at least one, so the record shows all of them.
    public static func run(_ caseFile: CaseFile, questionnaire: Questionnaire) -> [Finding] {
        let evidence = CaseEvidence(caseFile: caseFile, questionnaire: questionnaire)
        return all.flatMap { $0.findings(in: evidence) }
    }

    /// True when any finding is a problem: `gps toets` then ends with status 1.
    public static func hasProblems(_ findings: [Finding]) -> Bool {
        findings.contains { $0.level == .problem }
    }
}
