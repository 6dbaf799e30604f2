import GPSKit

/// `gps toets ID`: the case checked against the rules of professional secrecy. Ends with
/// status 1 when a finding is a problem, so a coach can script it.
struct CheckCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let caseFile = try context.store.load(invocation.arguments[0])
        let findings = CaseChecks.run(caseFile, questionnaire: try context.route(caseFile.route))
        context.terminal.write(TextFindingsRenderer(texts: context.texts).render(findings, title: caseFile.title))
        return CaseChecks.hasProblems(findings) ? .failure : .success
    }
}
