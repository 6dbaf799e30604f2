import GPSKit

/// `gps aanvulling bash|zsh|fish`: the completion script for that shell, on standard output.
struct CompletionsCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let word = invocation.arguments[0]
        guard let shell = CompletionShell(rawValue: word) else {
            throw UsageError.invalidValue(option: nil, value: word, allowed: CompletionShell.allCases.map(\.rawValue), command: .completions)
        }
        context.terminal.writeVerbatim(CompletionScript(shell: shell, texts: context.texts).rendered)
        return .success
    }
}
