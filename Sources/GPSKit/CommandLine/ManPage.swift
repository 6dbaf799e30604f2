/// `gps man`: the manual page, section 1, in roff, made from the command table and the message
/// table like `gps --help`, so every command and option appears in both.
public struct ManPage: Sendable {
    public let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public var rendered: String {
        let sections = [header, name, synopsis, description, commands, options, exitStatus, environment, files, examples]
        return sections.flatMap { $0 }.joined(separator: "\n") + "\n"
    }

    private var help: HelpText { HelpText(texts: texts) }

    private var header: [String] {
        [
            ".\\\" Made by `gps man` from the command table; edit the table, not this page.",
            ".TH GPS 1 \"\" \"gps \(GPSVersion.number)\" \"\(Roff.escape(texts(.manHeader)))\"",
            // groff hyphenates by English patterns, which break Dutch words in odd places.
            ".nh",
        ]
    }

    private var name: [String] {
        section(.manSectionName) + ["gps \\- " + Roff.escape(texts(.manOneLine))]
    }

    private var synopsis: [String] {
        let lines = CommandSpec.all.map { spec in
            (["\\fBgps " + Roff.escape(spec.name.rawValue) + "\\fR"] + spec.options.map(optionSynopsis)
                + spec.arguments.map(argumentSynopsis)).joined(separator: " ")
        }
        return section(.manSectionSynopsis) + [".ad l"] + Array(lines.map { [$0, ".br"] }.joined()) + [".ad"]
    }

    private var description: [String] {
        section(.manSectionDescription) + Roff.block(texts(.manDescription)) + [".PP"] + Roff.block(texts(.manStreams))
            + [".PP"] + Roff.block(texts(.manNoLegalAdvice))
    }

    private var commands: [String] {
        section(.manSectionCommands) + CommandSpec.all.flatMap { spec in
            var lines = [".TP", spec.words.map(Roff.bold).joined(separator: ", ")]
            lines += Roff.block(texts(spec.summary))
            if let details = HelpText.details[spec.name] { lines += [".IP"] + Roff.block(texts(details)) }
            if !spec.options.isEmpty { lines += [".RS"] + spec.options.flatMap(optionItem) + [".RE"] }
            return lines
        }
    }

    private var options: [String] {
        section(.manSectionOptions) + CommandSpec.globalOptions.flatMap(optionItem)
    }

    private var exitStatus: [String] {
        section(.manSectionExitStatus) + ExitStatus.allCases.flatMap { status in
            [".TP", Roff.bold(String(status.rawValue))] + Roff.block(texts(HelpText.key(for: status)))
        }
    }

    private var environment: [String] {
        let variables: [([String], MessageKey)] = [
            (["GPS_DATA_DIR"], .manEnvDataDir), (["XDG_DATA_HOME"], .manEnvXDGDataHome),
            (["LC_ALL", "LC_MESSAGES", "LANG"], .manEnvLanguage), (["NO_COLOR"], .manEnvNoColor),
        ]
        return section(.manSectionEnvironment) + variables.flatMap { names, key in
            [".TP", names.map(Roff.bold).joined(separator: ", ")] + Roff.block(texts(key))
        }
    }

    private var files: [String] {
        section(.manSectionFiles) + [".TP", Roff.italic("~/.local/share/gps/cases/*.json")] + Roff.block(texts(.manFileCases))
            + [".PP"] + Roff.block(texts(.helpFiles))
    }

    private var examples: [String] {
        section(.manSectionExamples) + Roff.block(texts(.helpExamples))
    }

    private func section(_ key: MessageKey) -> [String] {
        [".SH \"\(Roff.escape(texts(key)))\""]
    }

    private func optionItem(_ option: OptionSpec) -> [String] {
        let names = option.names.map(Roff.bold).joined(separator: ", ")
        let value = option.valueName.map { " " + Roff.italic(texts($0)) } ?? ""
        return [".TP", names + value] + Roff.block(texts(option.summary))
    }

    private func optionSynopsis(_ option: OptionSpec) -> String {
        "[" + Roff.bold(option.names[0]) + (option.valueName.map { " " + Roff.italic(texts($0)) } ?? "") + "]"
    }

    private func argumentSynopsis(_ argument: ArgumentSpec) -> String {
        let name = Roff.italic(texts(argument.valueName))
        return argument.optional ? "[" + name + "]" : name
    }
}
