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
        store = CaseStore(environment: environment)
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
    func note(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        terminal.note(texts(key, arguments) + "\n")
    }
}
