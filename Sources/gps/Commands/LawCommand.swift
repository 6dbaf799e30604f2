import Foundation
import GPSKit

/// `gps wet [ARTIKEL] [--zoek TEKST|BESTAND] [--bron] [--regelboek BESTAND]`: what the rulebook
/// knows, with every fact's confidence. The words come from GPSKit; this only reads and prints.
struct LawCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let wording = LawWording(rulebook: try rulebook(), texts: context.texts, explainsMarksOnce: true)
        if let search = invocation.value(.search) {
            let report = ReferenceReport(wording: wording)
            try Self.withBytes(of: search, standardInput: context.texts(.standardInputName)) { bytes in
                report.write(scanning: bytes) { context.terminal.writeVerbatim($0) }
            }
            return .success
        }
        if invocation.has(.sources) {
            context.terminal.write(TextRulebookRenderer(wording: wording).sources())
            return .success
        }
        guard let query = invocation.arguments.first else {
            if let id = invocation.value(.forCase) {
                let (caseFile, reasoning) = try reasoning(forCase: id, wording.rulebook)
                context.terminal.write(TextCaseLawRenderer(wording: wording).render(caseFile: caseFile, reasoning: reasoning))
                return .success
            }
            context.terminal.write(TextRulebookRenderer(wording: wording).provisions())
            return .success
        }
        let answer = TextLawQueryRenderer(wording: wording).render(query)
        context.terminal.write(answer.text)
        guard answer.found else { return .failure }
        if let id = invocation.value(.forCase), let provision = wording.rulebook.lookup(query)?.meantProvision.flatMap(wording.rulebook.provision(id:)) {
            let (caseFile, reasoning) = try reasoning(forCase: id, wording.rulebook)
            context.terminal.write("\n" + TextCaseLawRenderer(wording: wording).render(provision, caseFile: caseFile, reasoning: reasoning))
        }
        return .success
    }

    /// `--casus ID`: the case and what GPS concludes from it, against the rulebook in use.
    private func reasoning(forCase id: String, _ rulebook: Rulebook) throws -> (CaseFile, CaseReasoning) {
        let caseFile = try context.store.load(id)
        return (caseFile, CaseReasoning(caseFile: caseFile, questionnaire: try context.route(caseFile.route), rulebook: rulebook))
    }

    /// The built-in rulebook, with each `--regelboek` file merged in.
    private func rulebook() throws -> Rulebook {
        let embedded = try Rulebook.embedded()
        guard let path = invocation.value(.rulebook) else { return embedded }
        let data = try InputFile.read(path, limit: .max - 1)
        return try embedded.merged(with: Rulebook.load(data, file: path), file: path)
    }

    /// `--zoek` takes a file when one exists at that path, standard input for "-", and the
    /// words themselves otherwise. A file is mapped, not copied, however large.
    static func withBytes(of search: String, standardInput: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        let data: Data
        if search == "-" {
            data = try InputFile.readStandardInput(limit: .max - 1, name: standardInput)
        } else if FileManager.default.fileExists(atPath: search) {
            data = try InputFile.read(search, limit: .max - 1, mapped: true)
        } else {
            data = Data(search.utf8)
        }
        data.withUnsafeBytes { raw in body(raw.bindMemory(to: UInt8.self)) }
    }
}
