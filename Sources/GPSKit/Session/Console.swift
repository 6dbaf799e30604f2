/// Where the wizard reads lines and writes text. The `gps` executable passes the terminal;
/// tests pass a scripted console.
public protocol Console: AnyObject {
    /// The next line without its line ending, or nil at end of input (Ctrl-D).
    func nextLine() -> String?
    func write(_ text: String)
}

/// One reply at a prompt, once help and unknown commands have been dealt with.
enum ConsoleReply: Equatable {
    case text(String)
    case command(WizardCommand)
    case endOfInput
}

extension Console {
    /// Reads until she gives text, a wizard command or end of input. `?` writes `help()` and an
    /// unknown command a hint, and the prompt comes again.
    func reply(marker: String, texts: MessageTable, help: () -> String) -> ConsoleReply {
        while true {
            write(marker)
            switch InputLine(nextLine()) {
            case .text(let text): return .text(text)
            case .command(let command): return .command(command)
            case .endOfInput: return .endOfInput
            case .help: write(help() + "\n")
            case .unknownCommand(let word): write(texts(.unknownCommand, ["command": word]) + "\n")
            }
        }
    }
}
