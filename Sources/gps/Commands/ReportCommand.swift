import Foundation
import GPSKit

/// `gps rapport ID [-o BESTAND]`: the decision record in Markdown, on standard output or in a
/// private file.
struct ReportCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let caseFile = try context.store.load(invocation.arguments[0])
        let renderer = MarkdownRecordRenderer(questionnaire: try context.route(caseFile.route), texts: context.texts)
        let record = renderer.render(caseFile)
        guard let output = invocation.value(.output), output != "-" else {
            context.terminal.write(record)
            return .success
        }
        try PrivateFile.write(Data(record.utf8), to: URL(fileURLWithPath: output))
        context.note(.reportWritten, ["path": output])
        return .success
    }
}
