import GPSKit

/// `gps man`: the man page in roff, on standard output (`gps man | man -l -`).
struct ManualCommand {
    let context: CommandContext

    func run() -> ExitStatus {
        context.terminal.writeVerbatim(ManPage(texts: context.texts).rendered)
        return .success
    }
}
