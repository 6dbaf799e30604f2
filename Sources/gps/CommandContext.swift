import Foundation
import GPSKit

/// What every command needs: the message table, the case store, the terminal and the clock.
final class CommandContext {
    let texts: MessageTable
    let environment: [String: String]
    let terminal: Terminal
    let store: CaseStore
    let now: @Sendable () -> Date

    init(texts: MessageTable, environment: [String: String], terminal: Terminal) {
        self.texts = texts
        self.environment = environment
        self.terminal = terminal
        terminal.texts = texts
        let warnings = StorageWarningPrinter(terminal: terminal, texts: texts)
        store = CaseStore(environment: environment, warnings: warnings.show)
        now = { Date() }
    }

    private lazy var library = Result { () throws(QuestionnaireError) in try QuestionnaireLibrary.embedded() }

    func route(_ id: String) throws -> Questionnaire {
        let library = try library.get()
        guard let questionnaire = library.questionnaire(withID: id) else {
            throw UnknownRouteError(route: id, known: library.questionnaires.map(\.id))
        }
        return questionnaire
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        terminal.write(texts(key, arguments) + "\n")
    }

    /// A note on standard error, left out under `--stil`.
    /// A command's result: on standard output, or with `-o FILE` (not `-`) in a private file
    /// and a note saying where.
    func deliver(_ document: String, invocation: Invocation, written: MessageKey) throws {
        guard let output = invocation.value(.output), output != "-" else {
            terminal.write(document)
            return
        }
        try PrivateFile.write(Data(document.utf8), to: URL(fileURLWithPath: output))
        note(written, ["path": output])
    }

    func note(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        terminal.note(texts(key, arguments) + "\n")
    }
}
