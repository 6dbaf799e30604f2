/// What the `gps` command line accepts: its commands, their options and arguments. Help,
/// usage errors and (later) completions and the man page are all made from this one table.
public struct CommandSpec: Sendable {
    public let name: CommandName
    /// Other words for the command (English first).
    public let aliases: [String]
    public let options: [OptionSpec]
    public let arguments: [ArgumentSpec]
    public let summary: MessageKey

    public var words: [String] { [name.rawValue] + aliases }

    public static let all: [CommandSpec] = [
        CommandSpec(
            name: .new, aliases: ["new"], options: [.short, .title, .answers], arguments: [],
            summary: .commandNewSummary),
        CommandSpec(
            name: .resume, aliases: ["resume"], options: [.from, .full], arguments: [.caseID],
            summary: .commandResumeSummary),
        CommandSpec(
            name: .report, aliases: ["report"], options: [.output], arguments: [.caseID],
            summary: .commandReportSummary),
        CommandSpec(
            name: .intervision, aliases: ["replay", "intervision"], options: [], arguments: [.caseID],
            summary: .commandIntervisionSummary),
        CommandSpec(name: .list, aliases: ["list"], options: [], arguments: [], summary: .commandListSummary),
        CommandSpec(
            name: .help, aliases: ["hulp"], options: [], arguments: [.command], summary: .commandHelpSummary),
    ]

    public static func named(_ word: String) -> CommandSpec? {
        all.first { $0.words.contains(word) }
    }

    /// Options every command takes.
    public static let globalOptions: [OptionSpec] = [.language, .help, .version]
}

public enum CommandName: String, Sendable, CaseIterable {
    case new = "nieuw"
    case resume = "verder"
    case report = "rapport"
    case intervision = "intervisie"
    case list = "lijst"
    case help
}

public struct OptionSpec: Sendable, Equatable {
    public let id: OptionID
    /// Every spelling, the Dutch long form first: `--titel`, `--title`.
    public let names: [String]
    /// The placeholder for its value in help, or nil for a flag.
    public let valueName: MessageKey?
    public let summary: MessageKey

    public var takesValue: Bool { valueName != nil }

    public static let short = OptionSpec(id: .short, names: ["--kort", "--short"], valueName: nil, summary: .optionShortSummary)
    public static let title = OptionSpec(id: .title, names: ["--titel", "--title"], valueName: .valueTitle, summary: .optionTitleSummary)
    public static let answers = OptionSpec(
        id: .answers, names: ["--antwoorden", "--answers"], valueName: .valueFile, summary: .optionAnswersSummary)
    public static let from = OptionSpec(id: .from, names: ["--vanaf", "--from"], valueName: .valueQuestion, summary: .optionFromSummary)
    public static let full = OptionSpec(id: .full, names: ["--volledig", "--full"], valueName: nil, summary: .optionFullSummary)
    public static let output = OptionSpec(
        id: .output, names: ["-o", "--uitvoer", "--output"], valueName: .valueFile, summary: .optionOutputSummary)
    public static let language = OptionSpec(
        id: .language, names: ["--taal", "--language", "--lang"], valueName: .valueLanguage, summary: .optionLanguageSummary)
    public static let help = OptionSpec(id: .help, names: ["-h", "--help", "--hulp"], valueName: nil, summary: .optionHelpSummary)
    public static let version = OptionSpec(id: .version, names: ["--version", "--versie"], valueName: nil, summary: .optionVersionSummary)
}

public enum OptionID: String, Sendable, Hashable {
    case short, title, answers, from, full, output, language, help, version
}

public struct ArgumentSpec: Sendable, Equatable {
    public let valueName: MessageKey
    public let optional: Bool

    public static let caseID = ArgumentSpec(valueName: .valueCaseID, optional: false)
    public static let command = ArgumentSpec(valueName: .valueCommand, optional: true)
}
