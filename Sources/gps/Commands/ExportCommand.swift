import Foundation
import GPSKit

/// `gps export ID [--html] [-o BESTAND]`: the record to hand to someone else, as Markdown or as
/// one printable HTML file, on standard output or in a private file. Load, prepare, render,
/// write: the case file is only read.
struct ExportCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let caseFile = try context.store.load(invocation.arguments[0])
        let shared = try prepare(caseFile)
        let document = try render(shared)
        return try write(document)
    }

    /// What of the case may leave: for now all of it. The pseudonymising step
    /// (`--anoniem`, refused on identifiers unless `--toch`) goes here.
    private func prepare(_ caseFile: CaseFile) throws -> CaseFile {
        caseFile
    }

    private func render(_ caseFile: CaseFile) throws -> String {
        let route = try context.route(caseFile.route)
        if invocation.has(.html) {
            return HTMLRecordRenderer(questionnaire: route, texts: context.texts).render(caseFile)
        }
        return MarkdownRecordRenderer(questionnaire: route, texts: context.texts).render(caseFile)
    }

    private func write(_ document: String) throws -> ExitStatus {
        guard let output = invocation.value(.output), output != "-" else {
            context.terminal.write(document)
            return .success
        }
        try PrivateFile.write(Data(document.utf8), to: URL(fileURLWithPath: output))
        context.note(.exportWritten, ["path": output])
        return .success
    }
}
