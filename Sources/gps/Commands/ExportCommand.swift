import Foundation
import GPSKit

/// `gps export ID [--anoniem [--toch]] [--html] [-o BESTAND]`: the record to hand to someone
/// else, as Markdown or as one printable HTML file, on standard output or in a private file.
/// Load, prepare, render, write: the case file is only read.
struct ExportCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        if invocation.has(.force), !invocation.has(.anonymous) {
            throw UsageError.needsOption(option: OptionSpec.force.names[0], needed: OptionSpec.anonymous.names[0], command: .export)
        }
        let output = try context.outputFile(invocation, command: .export)
        let caseFile = try context.store.load(invocation.arguments[0])
        let route = try context.route(caseFile.route)
        guard let shared = try prepare(caseFile, route: route) else { return .failure }
        try context.deliver(render(shared.caseFile, reasoning: shared.reasoning, route: route), to: output, written: .exportWritten)
        return .success
    }

    /// What of the case may leave. With `--anoniem` names become roles or pseudonyms, and a
    /// case in which identifiers remain is refused, or masked with `--toch`: nothing with an
    /// identifier leaves silently. Nil when refused.
    private func prepare(_ caseFile: CaseFile, route: Questionnaire) throws -> (caseFile: CaseFile, reasoning: CaseReasoning?)? {
        guard invocation.has(.anonymous) else {
            context.warnAboutIdentifiers(in: caseFile)
            return (caseFile, nil)
        }
        let today = context.today
        let result = AnonymousCase(
            caseFile, questionnaire: route, rulebook: try Rulebook.embedded(), messages: context.texts, today: today,
            maskingIdentifiers: invocation.has(.force))
        if result.isMasked, !result.findings.isEmpty {
            context.note(.exportMasked, ["count": String(result.findings.count)])
        }
        guard result.isSafeToShare else {
            let lines = result.findingLines(messages: context.texts).map { "  " + $0 }
            context.terminal.error(
                ([context.texts(.privacyExportRefused, ["count": String(result.findings.count)])] + lines).joined(separator: "\n") + "\n")
            return nil
        }
        // Like the identifier warning: shown under --stil too, and the export still succeeds.
        context.warn(result.unlistedNameLines(messages: context.texts))
        return (result.caseFile, result.reasoning)
    }

    private func render(_ caseFile: CaseFile, reasoning: CaseReasoning?, route: Questionnaire) -> String {
        if invocation.has(.html) {
            return HTMLRecordRenderer(questionnaire: route, texts: context.texts).render(caseFile, reasoning: reasoning)
        }
        return MarkdownRecordRenderer(questionnaire: route, texts: context.texts).render(caseFile, reasoning: reasoning)
    }

}
