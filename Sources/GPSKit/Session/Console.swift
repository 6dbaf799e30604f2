import Foundation

/// Where the wizard reads lines and writes text. The `gps` executable passes the terminal;
/// tests pass a scripted console.
public protocol Console: AnyObject {
    /// The next line without its line ending, or nil at end of input (Ctrl-D).
    func nextLine() -> String?
    func write(_ text: String)
    /// Opens `text` in her own editor (`:e`) and hands back what she saved.
    func edit(_ text: String) -> EditorOutcome
}

/// What came back from her editor.
public enum EditorOutcome: Equatable, Sendable {
    case saved(String)
    /// No editor is set (neither VISUAL nor EDITOR), or this console has none.
    case noEditor
    /// The editor could not start or ended with an error; `detail` says which.
    case failed(detail: String)
}

extension Console {
    public func edit(_ text: String) -> EditorOutcome { .noEditor }
}

/// One reply at a prompt, once help and unknown commands have been dealt with.
enum ConsoleReply: Equatable {
    case text(String)
    case command(WizardCommand)
    case endOfInput
    /// The whole answer, rewritten in her editor; only where the prompt offered `:e`.
    case edited(String)
}

extension Console {
    /// Reads until she gives text, a wizard command or end of input. `?` writes `help()` and an
    /// unknown command a hint, and the prompt comes again. Where `editable` gives the answer so
    /// far, `:e` opens it in her editor and a changed, non-empty text comes back as `.edited`;
    /// elsewhere `:e` says one line is enough.
    func reply(marker: String, texts: MessageTable, editable: (() -> String)? = nil, help: () -> String) -> ConsoleReply {
        while true {
            write(marker)
            switch InputLine(nextLine()) {
            case .text(let text): return .text(text)
            case .command(let command): return .command(command)
            case .endOfInput: return .endOfInput
            case .help: write(help() + "\n")
            case .unknownCommand(let word): write(texts(.unknownCommand, ["command": word]) + "\n")
            case .edit:
                guard let editable else {
                    write(texts(.editorNotHere) + "\n")
                    continue
                }
                if let edited = editInEditor(editable(), texts: texts) { return .edited(edited) }
            }
        }
    }

    /// The edited text, or nil (with a word why) when it is empty, unchanged or the editor failed.
    private func editInEditor(_ current: String, texts: MessageTable) -> String? {
        switch edit(current) {
        case .saved(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.utf8.count <= InputLimits.answerBytes else {
                write(texts(.editorTooLong, [
                    "size": InputLimits.megabytes(trimmed.utf8.count), "limit": InputLimits.megabytes(InputLimits.answerBytes),
                ]) + "\n")
                return nil
            }
            guard !trimmed.isEmpty, trimmed != current.trimmingCharacters(in: .whitespacesAndNewlines) else {
                write(texts(.editorKept) + "\n")
                return nil
            }
            let indented = trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            write(texts(.editorTaken) + "\n" + indented.joined(separator: "\n") + "\n")
            return trimmed
        case .noEditor:
            write(texts(.editorNone) + "\n")
        case .failed(let detail):
            write(texts(.editorFailed, ["detail": detail]) + "\n")
        }
        return nil
    }
}
