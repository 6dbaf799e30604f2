/// A parsed command line: which command, with which options and arguments.
public struct Invocation: Sendable, Equatable {
    /// Nil when only global options were given (`gps --version`, `gps`).
    public var command: CommandName?
    public var values: [OptionID: String] = [:]
    public var flags: Set<OptionID> = []
    public var arguments: [String] = []

    public func has(_ flag: OptionID) -> Bool { flags.contains(flag) }

    public func value(_ option: OptionID) -> String? { values[option] }
}

/// A command line that cannot be run; shown with the usage of the command it concerns.
public enum UsageError: Error, Sendable, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: CommandName?, suggestion: String?)
    case missingValue(option: String, command: CommandName?)
    case missingArgument(MessageKey, command: CommandName)
    case unexpectedArgument(String, command: CommandName?)
    case invalidLanguage(String)
    /// `--vanaf` names no question of the case's route.
    case unknownQuestion(String, command: CommandName)
    /// A value outside the few an option (`--formaat png`) or an argument (`gps aanvulling tcsh`,
    /// no option) allows.
    case invalidValue(option: String?, value: String, allowed: [String], command: CommandName)
    /// An option that only works together with another (`--ecogram svg` needs `-o`).
    case needsOption(option: String, needed: String, command: CommandName)
    /// A file name that is empty (`-o ''`).
    case emptyFileName(option: String, command: CommandName?)
    /// A file to write named like an option (`-o --`): a slip, not a name.
    case optionLikeFileName(option: String, value: String, command: CommandName?)

    public var command: CommandName? {
        switch self {
        case .unknownCommand, .invalidLanguage: nil
        case .unknownOption(_, let command, _), .missingValue(_, let command), .unexpectedArgument(_, let command):
            command
        case .emptyFileName(_, let command), .optionLikeFileName(_, _, let command): command
        case .missingArgument(_, let command), .unknownQuestion(_, let command): command
        case .invalidValue(_, _, _, let command), .needsOption(_, _, let command): command
        }
    }
}
