import Foundation
import GPSKit

/// What every command needs: the message table, the case store, the terminal and the clock.
final class CommandContext {
    let texts: MessageTable
    let environment: [String: String]
    let terminal: Terminal
    let store: CaseStore
    let now: @Sendable () -> Date

    /// The day it is now where she is, read with `localtime_r` (the TZ variable and the system's
    /// zone, as Foundation reads them): building Foundation's current time zone and calendar
    /// cost a tenth of `gps rapport`.
    var today: CaseDay {
        var seconds = time_t(now().timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil,
            let day = CaseDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return CaseDay(now(), in: .current) }
        return day
    }

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

    /// Where `-o FILE` writes, checked before any work is done; nil for standard output (no
    /// `-o`, or `-o -`). `--overschrijf` only makes sense with a file.
    func outputFile(_ invocation: Invocation, command: CommandName) throws -> OutputFile? {
        guard let output = invocation.value(.output), output != "-" else {
            if invocation.has(.overwrite) {
                throw UsageError.needsOption(
                    option: OptionSpec.overwrite.names[0], needed: OptionSpec.output.names[0], command: command)
            }
            return nil
        }
        return try OutputFile.check(output, overwrite: invocation.has(.overwrite), dataFolder: DataFolder.resolve(environment: environment))
    }

    /// A command's result: on standard output, or in the private file `outputFile` checked, and
    /// a note saying where.
    func deliver(_ document: String, to file: OutputFile?, written: MessageKey) throws {
        guard let file else { return terminal.write(document) }
        try OutputFiles.write([(file, Data(document.utf8))])
        note(written, ["path": file.path])
    }

    /// Identifiers in a case she keeps (a national number in the facts), each with where it is
    /// and partly hidden, on standard error. Like a storage warning it shows under `--stil`
    /// too; it never changes the exit status.
    func warnAboutIdentifiers(in caseFile: CaseFile) {
        warn(IdentifierScanner(today: today).warningLines(for: caseFile, messages: texts, questionnaire: try? route(caseFile.route)))
    }

    /// A warning of one or more lines on standard error, shown under `--stil` too; nothing for none.
    func warn(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        terminal.error(texts(.warningPrefix) + " " + lines.joined(separator: "\n") + "\n")
    }

    /// A note on standard error, left out under `--stil`.
    func note(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        terminal.note(texts(key, arguments) + "\n")
    }
}
