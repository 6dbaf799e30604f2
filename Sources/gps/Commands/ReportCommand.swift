import Foundation
import GPSKit

/// `gps rapport ID [-o BESTAND [--overschrijf]] [--ecogram svg]`: the decision record in
/// Markdown, on standard output or in a private file; with `--ecogram svg` the drawn ecogram
/// goes beside it. Both files are written, or neither.
struct ReportCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let output = try context.outputFile(invocation, command: .report)
        let drawing = try drawingFile(beside: output)
        let caseFile = try context.store.load(invocation.arguments[0])
        let renderer = MarkdownRecordRenderer(
            questionnaire: try context.route(caseFile.route), texts: context.texts,
            ecogramImage: drawing.map { ($0.path as NSString).lastPathComponent })
        let record = renderer.render(caseFile)
        context.warnAboutIdentifiers(in: caseFile)
        guard let output else {
            context.terminal.write(record)
            return .success
        }
        var files = [(file: output, data: Data(record.utf8))]
        if let drawing {
            let svg = SVGEcogramRenderer(texts: context.texts).render(Ecogram(case: caseFile))
            files.append((drawing, Data(svg.utf8)))
        }
        try OutputFiles.write(files)
        if let drawing { context.note(.ecogramWritten, ["path": drawing.path]) }
        context.note(.reportWritten, ["path": output.path])
        return .success
    }

    /// `record.md` gets `record-ecogram.svg` in the same folder, checked like the record.
    private func drawingFile(beside output: OutputFile?) throws -> OutputFile? {
        guard let typed = invocation.value(.ecogramImage) else { return nil }
        let option = OptionSpec.ecogramImage.names[0]
        guard EcogramFormat(word: typed) == .svg else {
            throw UsageError.invalidValue(option: option, value: typed, allowed: ["svg"], command: .report)
        }
        guard let output else {
            throw UsageError.needsOption(option: option, needed: OptionSpec.output.names[0], command: .report)
        }
        let folder = (output.path as NSString).deletingLastPathComponent
        let stem = ((output.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = (folder as NSString).appendingPathComponent(stem + "-ecogram.svg")
        return try OutputFile.check(
            path, overwrite: invocation.has(.overwrite), dataFolder: DataFolder.resolve(environment: context.environment))
    }
}
