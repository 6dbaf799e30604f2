import Foundation
import GPSKit

/// `gps ecogram ID [--formaat tekst|mermaid|dot|svg] [-o BESTAND]`: the client's network, on
/// standard output or in a private file.
struct EcogramCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let format = try Self.format(invocation)
        let output = try context.outputFile(invocation, command: .ecogram)
        let caseFile = try context.store.load(invocation.arguments[0])
        let picture = format.render(Ecogram(case: caseFile), texts: context.texts)
        try context.deliver(picture, to: output, written: .ecogramWritten)
        return .success
    }

    static func format(_ invocation: Invocation) throws -> EcogramFormat {
        guard let typed = invocation.value(.format) else { return .text }
        guard let format = EcogramFormat(word: typed) else {
            throw UsageError.invalidValue(
                option: OptionSpec.format.names[0], value: typed,
                allowed: EcogramFormat.allCases.map { $0.words[0] }, command: .ecogram)
        }
        return format
    }
}
