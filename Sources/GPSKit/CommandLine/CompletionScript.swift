/// The shells `gps aanvulling` writes a script for.
public enum CompletionShell: String, Sendable, CaseIterable {
    case bash, zsh, fish
}

/// `gps aanvulling SHELL`: a completion script made from the command table, so a command or
/// option added there completes without touching this. Case ids are not in the script: it
/// asks `gps lijst --ids` each time she presses Tab.
public struct CompletionScript: Sendable {
    public let shell: CompletionShell
    public let texts: MessageTable

    public init(shell: CompletionShell, texts: MessageTable) {
        self.shell = shell
        self.texts = texts
    }

    public var rendered: String {
        switch shell {
        case .bash: BashCompletionScript().rendered
        case .zsh: ZshCompletionScript(texts: texts).rendered
        case .fish: FishCompletionScript(texts: texts).rendered
        }
    }

    /// The command that prints one case id a line; its errors are not the shell's business.
    static let caseIDsCommand = "gps lijst --ids 2>/dev/null"

    static var commandWords: [String] { CommandSpec.all.flatMap(\.words) }

    /// POSIX single quotes, which bash and zsh share: nothing inside is special but `'` itself.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
