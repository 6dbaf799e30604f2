/// The exit statuses `gps` uses, as documented in `gps --help` and the README.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    /// An unknown case, an article the rulebook does not have (`gps wet`), a problem found, a refusal.
    case failure = 1
    /// The command line is wrong (sysexits EX_USAGE).
    case usage = 64
    /// A case, answers or questionnaire file is not valid (EX_DATAERR).
    case dataError = 65
    /// A file could not be read or written (EX_IOERR).
    case ioError = 74
    /// Another `gps` has the case open (EX_TEMPFAIL: try again when it is closed).
    case locked = 75
    /// Stopped by Ctrl-C; every answer given is saved.
    case interrupted = 130
    /// Stopped by SIGTERM (128 + 15, as a shell reports it); every answer given is saved.
    case terminated = 143
}
