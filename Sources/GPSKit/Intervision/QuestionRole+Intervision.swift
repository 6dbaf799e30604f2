extension QuestionRole {
    /// Roles that only an intervision guide uses; a route for a case has none of them.
    public static let intervisionRoles: [QuestionRole] = [
        .facilitator, .participants, .proposalDecision, .proposalArgument, .fundamentalQuestion, .whys,
        .decisiveArgument,
    ]

    /// Roles a route for a case asks, each once in the full route.
    public static var caseRoles: [QuestionRole] { allCases.filter { !intervisionRoles.contains($0) } }
}
