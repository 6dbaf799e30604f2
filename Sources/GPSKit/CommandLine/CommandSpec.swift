/// What the `gps` command line accepts: its commands, their options and arguments. Help, usage
/// errors, shell completions and the man page are all made from this one table, so a command
/// added here appears in all of them.
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
            name: .report, aliases: ["report"], options: [.output, .overwrite, .ecogramImage], arguments: [.caseID],
            summary: .commandReportSummary),
        CommandSpec(
            name: .export, aliases: [], options: [.anonymous, .force, .html, .output, .overwrite], arguments: [.caseID],
            summary: .exportCommandSummary),
        CommandSpec(
            name: .ecogram, aliases: ["ecomap"], options: [.format, .output, .overwrite], arguments: [.caseID],
            summary: .commandEcogramSummary),
        CommandSpec(
            name: .check, aliases: ["check"], options: [], arguments: [.caseID], summary: .commandCheckSummary),
        CommandSpec(
            name: .intervision, aliases: ["replay", "intervision"], options: [.anonymousReplay], arguments: [.caseID],
            summary: .commandIntervisionSummary),
        CommandSpec(
            name: .law, aliases: ["law"], options: [.search, .sources, .rulebook, .forCase], arguments: [.lawQuery],
            summary: .lawCommandSummary),
        CommandSpec(name: .list, aliases: ["list"], options: [.ids], arguments: [], summary: .commandListSummary),
        CommandSpec(
            name: .archive, aliases: ["archive"],
            options: [.article, .rule, .verdict, .value, .fromMonth, .untilMonth],
            arguments: [.archiveAction, .archiveTarget], summary: .commandArchiveSummary),
        CommandSpec(
            name: .help, aliases: ["hulp"], options: [], arguments: [.command], summary: .commandHelpSummary),
        CommandSpec(
            name: .completions, aliases: ["completions"], options: [], arguments: [.shell],
            summary: .commandCompletionsSummary),
        CommandSpec(name: .manual, aliases: ["handleiding"], options: [], arguments: [], summary: .commandManualSummary),
    ]

    public static func named(_ word: String) -> CommandSpec? {
        all.first { $0.words.contains(word) }
    }

    /// Options every command takes.
    public static let globalOptions: [OptionSpec] = [.language, .quiet, .help, .version]

    /// Every option of any command, global ones first, each once.
    public static var allOptions: [OptionSpec] {
        var seen: Set<OptionID> = []
        return (globalOptions + all.flatMap(\.options)).filter { seen.insert($0.id).inserted }
    }
}

public enum CommandName: String, Sendable, CaseIterable {
    case new = "nieuw"
    case resume = "verder"
    case report = "rapport"
    case export
    case check = "toets"
    case intervision = "intervisie"
    case list = "lijst"
    case law = "wet"
    case archive = "archief"
    case ecogram
    case help
    case completions = "aanvulling"
    case manual = "man"
}

public struct OptionSpec: Sendable, Equatable {
    public let id: OptionID
    /// Every spelling, the Dutch long form first: `--titel`, `--title`.
    public let names: [String]
    /// The placeholder for its value in help, or nil for a flag.
    public let valueName: MessageKey?
    public let summary: MessageKey
    /// What a shell offers to complete its value.
    public let completion: ValueKind

    public var takesValue: Bool { valueName != nil }

    /// Without `completion`, a `BESTAND` value completes file names and any other value nothing.
    public init(id: OptionID, names: [String], valueName: MessageKey?, summary: MessageKey, completion: ValueKind? = nil) {
        self.id = id
        self.names = names
        self.valueName = valueName
        self.summary = summary
        self.completion = completion ?? (valueName.map(ValueKind.guess) ?? .none)
    }

    public static let short = OptionSpec(id: .short, names: ["--kort", "--short"], valueName: nil, summary: .optionShortSummary)
    public static let title = OptionSpec(id: .title, names: ["--titel", "--title"], valueName: .valueTitle, summary: .optionTitleSummary)
    public static let answers = OptionSpec(
        id: .answers, names: ["--antwoorden", "--answers"], valueName: .valueFile, summary: .optionAnswersSummary)
    public static let from = OptionSpec(id: .from, names: ["--vanaf", "--from"], valueName: .valueQuestion, summary: .optionFromSummary)
    public static let full = OptionSpec(id: .full, names: ["--volledig", "--full"], valueName: nil, summary: .optionFullSummary)
    public static let output = OptionSpec(
        id: .output, names: ["-o", "--uitvoer", "--output"], valueName: .valueFile, summary: .optionOutputSummary)
    /// Not `--force` in English: `export` already has `--force` (`--toch`) for masking.
    public static let overwrite = OptionSpec(
        id: .overwrite, names: ["--overschrijf", "--overwrite"], valueName: nil, summary: .optionOverwriteSummary)
    public static let format = OptionSpec(
        id: .format, names: ["--formaat", "--format"], valueName: .valueFormat, summary: .optionFormatSummary)
    public static let ecogramImage = OptionSpec(
        id: .ecogramImage, names: ["--ecogram"], valueName: .valueEcogramImage, summary: .optionEcogramSummary)
    public static let search = OptionSpec(
        id: .search, names: ["--zoek", "--search"], valueName: .lawValueText, summary: .lawOptionSearchSummary, completion: .file)
    public static let sources = OptionSpec(id: .sources, names: ["--bron", "--sources"], valueName: nil, summary: .lawOptionSourcesSummary)
    public static let rulebook = OptionSpec(
        id: .rulebook, names: ["--regelboek", "--rulebook"], valueName: .valueFile, summary: .lawOptionRulebookSummary)
    public static let forCase = OptionSpec(
        id: .forCase, names: ["--casus", "--case"], valueName: .valueCaseID, summary: .lawOptionCaseSummary, completion: .caseID)
    public static let html = OptionSpec(id: .html, names: ["--html"], valueName: nil, summary: .exportOptionHtmlSummary)
    public static let anonymous = OptionSpec(
        id: .anonymous, names: ["--anoniem", "--anonymous"], valueName: nil, summary: .exportOptionAnonymousSummary)
    /// The same words as `export --anoniem`, for what an intervision group is shown.
    public static let anonymousReplay = OptionSpec(
        id: .anonymousReplay, names: ["--anoniem", "--anonymous"], valueName: nil, summary: .intervisionOptionAnonymousSummary)
    public static let force = OptionSpec(id: .force, names: ["--toch", "--force"], valueName: nil, summary: .exportOptionForceSummary)
    public static let article = OptionSpec(
        id: .article, names: ["--artikel", "--article"], valueName: .archiveValueArticle, summary: .archiveOptionArticleSummary)
    public static let rule = OptionSpec(
        id: .rule, names: ["--regel", "--rule"], valueName: .archiveValueRule, summary: .archiveOptionRuleSummary)
    public static let verdict = OptionSpec(
        id: .verdict, names: ["--oordeel", "--verdict"], valueName: .archiveValueVerdict, summary: .archiveOptionVerdictSummary,
        completion: .choice(ArchiveVerdict.allCases.map(\.rawValue)))
    public static let value = OptionSpec(
        id: .value, names: ["--waarde", "--value"], valueName: .archiveValueValue, summary: .archiveOptionValueSummary)
    /// Not `--from`: `verder` has that for a question.
    public static let fromMonth = OptionSpec(
        id: .fromMonth, names: ["--van", "--since"], valueName: .archiveValueMonth, summary: .archiveOptionFromSummary)
    public static let untilMonth = OptionSpec(
        id: .untilMonth, names: ["--tot", "--until"], valueName: .archiveValueMonth, summary: .archiveOptionUntilSummary)
    public static let ids = OptionSpec(id: .ids, names: ["--ids"], valueName: nil, summary: .optionIDsSummary)
    public static let language = OptionSpec(
        id: .language, names: ["--taal", "--language", "--lang"], valueName: .valueLanguage, summary: .optionLanguageSummary,
        completion: .choice(Language.allCases.map(\.rawValue)))
    public static let quiet = OptionSpec(id: .quiet, names: ["-q", "--stil", "--quiet"], valueName: nil, summary: .optionQuietSummary)
    public static let help = OptionSpec(id: .help, names: ["-h", "--help", "--hulp"], valueName: nil, summary: .optionHelpSummary)
    public static let version = OptionSpec(id: .version, names: ["--version", "--versie"], valueName: nil, summary: .optionVersionSummary)
}

public enum OptionID: String, Sendable, Hashable {
    case short, title, answers, from, full, output, overwrite, format, ecogramImage, html, ids, language, quiet, help, version
    case search, sources, rulebook, anonymous, anonymousReplay, force, forCase
    case article, rule, verdict, value, fromMonth, untilMonth
}

public struct ArgumentSpec: Sendable, Equatable {
    public let valueName: MessageKey
    public let optional: Bool
    public let completion: ValueKind

    public init(valueName: MessageKey, optional: Bool, completion: ValueKind? = nil) {
        self.valueName = valueName
        self.optional = optional
        self.completion = completion ?? ValueKind.guess(valueName)
    }

    public static let caseID = ArgumentSpec(valueName: .valueCaseID, optional: false)
    public static let command = ArgumentSpec(valueName: .valueCommand, optional: true)
    public static let lawQuery = ArgumentSpec(valueName: .lawValueQuery, optional: true)
    /// `koppel`, `deel`, `haal`, `zoek`, `toon` and their English words.
    public static let archiveAction = ArgumentSpec(
        valueName: .archiveValueAction, optional: false, completion: .choice(ArchiveAction.allWords))
    /// The folder or URL, case id, search words or record id the action takes.
    public static let archiveTarget = ArgumentSpec(valueName: .archiveValueTarget, optional: true, completion: .caseID)
    public static let shell = ArgumentSpec(
        valueName: .valueShell, optional: false, completion: .choice(CompletionShell.allCases.map(\.rawValue)))
}

/// What a value is, for a shell completing it.
public enum ValueKind: Sendable, Equatable {
    /// Free text: nothing to offer.
    case none
    case file
    /// The ids `gps lijst --ids` prints, asked for at the moment she presses Tab.
    case caseID
    /// A command word of this table.
    case command
    case choice([String])

    static func guess(_ valueName: MessageKey) -> ValueKind {
        switch valueName {
        case .valueFile: .file
        case .valueCaseID: .caseID
        case .valueCommand: .command
        default: .none
        }
    }
}
