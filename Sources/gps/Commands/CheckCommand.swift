import GPSKit

/// `gps toets ID`: what the law covers and the case checked against the rules of professional
/// secrecy. Ends with status 1 when a finding is a problem, so a coach can script it.
struct CheckCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let caseFile = try context.store.load(invocation.arguments[0])
        let rulebook = try Rulebook.embedded()
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: try context.route(caseFile.route), rulebook: rulebook)
        context.terminal.write(TextFindingsRenderer(texts: context.texts).render(reasoning, title: caseFile.title, rulebook: rulebook))
        return reasoning.hasProblems ? .failure : .success
    }
}
