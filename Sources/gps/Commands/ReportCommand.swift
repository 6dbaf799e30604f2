import Foundation
import GPSKit

/// `gps rapport ID [-o BESTAND] [--ecogram svg]`: the decision record in Markdown, on standard
/// output or in a private file; with `--ecogram svg` the drawn ecogram goes beside it.
struct ReportCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let output = invocation.value(.output).flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0) }
        let drawing = try drawingFile(beside: output)
        let caseFile = try context.store.load(invocation.arguments[0])
        let renderer = MarkdownRecordRenderer(
            questionnaire: try context.route(caseFile.route), texts: context.texts,
            ecogramImage: drawing?.lastPathComponent)
        if let drawing {
            let svg = SVGEcogramRenderer(texts: context.texts).render(Ecogram(case: caseFile))
            try PrivateFile.write(Data(svg.utf8), to: drawing)
            context.note(.ecogramWritten, ["path": drawing.path])
        }
        try context.deliver(renderer.render(caseFile), invocation: invocation, written: .reportWritten)
        return .success
    }

    /// `record.md` gets `record-ecogram.svg` in the same folder.
    private func drawingFile(beside output: URL?) throws -> URL? {
        guard let typed = invocation.value(.ecogramImage) else { return nil }
        let option = OptionSpec.ecogramImage.names[0]
        guard EcogramFormat(word: typed) == .svg else {
            throw UsageError.invalidValue(option: option, value: typed, allowed: ["svg"], command: .report)
        }
        guard let output else {
            throw UsageError.needsOption(option: option, needed: OptionSpec.output.names[0], command: .report)
        }
        let stem = output.deletingPathExtension().lastPathComponent
        return output.deletingLastPathComponent().appendingPathComponent(stem + "-ecogram.svg")
    }
}
