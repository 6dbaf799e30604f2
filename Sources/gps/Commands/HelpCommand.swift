import GPSKit

/// `gps help [COMMAND]`.
struct HelpCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let help = HelpText(texts: context.texts)
        guard let word = invocation.arguments.first else {
            context.terminal.write(help.overview)
            return .success
        }
        guard let spec = CommandSpec.named(word) else {
            throw UsageError.unknownCommand(word, suggestion: nil)
        }
        context.terminal.write(help.command(spec))
        return .success
    }
}
