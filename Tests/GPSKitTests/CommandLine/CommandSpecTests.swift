import Testing

@testable import GPSKit

/// The command table is the one source of help, usage errors, completions and the man page; these
/// tests hold for every command in it, including ones added later.
@Suite struct CommandSpecTests {
    static let commands = CommandSpec.all.map(\.name)

    @Test func noWordNamesTwoCommandsAndNoSpellingTwoOptions() {
        let words = CommandSpec.all.flatMap(\.words)
        #expect(Set(words).count == words.count)
        for spec in CommandSpec.all {
            let names = (spec.options + CommandSpec.globalOptions).flatMap(\.names)
            #expect(Set(names).count == names.count, "\(spec.name)")
            #expect(names.allSatisfy { $0.hasPrefix("-") && !$0.contains("=") && !$0.contains(" ") })
        }
    }

    @Test(arguments: commands)
    func everyCommandHasHelpNamingItsUsageAndEveryOption(command: CommandName) throws {
        let spec = try #require(CommandSpec.named(command.rawValue))
        for language in Language.allCases {
            let texts = MessageTable.embedded(language)
            let help = HelpText(texts: texts).command(spec)
            #expect(help.contains(HelpText(texts: texts).usage(spec)))
            for option in spec.options + CommandSpec.globalOptions {
                #expect(help.contains(option.names.joined(separator: ", ")), "\(command) \(option.id)")
            }
            let keys = [spec.summary] + spec.options.flatMap { [$0.summary] + [$0.valueName].compactMap { $0 } }
                + spec.arguments.map(\.valueName)
            for key in keys { #expect(texts.contains(key), "\(command): \(key)") }
        }
    }

    @Test(arguments: commands)
    func helpParsesOnEveryCommandEvenWithoutItsArguments(command: CommandName) throws {
        for flag in OptionSpec.help.names {
            let invocation = try ArgumentParser.parse([command.rawValue, flag])
            #expect(invocation.command == command && invocation.has(.help))
        }
        #expect(try ArgumentParser.parse(["help", command.rawValue]).arguments == [command.rawValue])
        #expect(try ArgumentParser.parse([command.rawValue, "a", "b", "c", "--help"]).has(.help))
    }

    @Test(arguments: commands)
    func aWrongOptionOnEveryCommandGivesItsUsage(command: CommandName) throws {
        let spec = try #require(CommandSpec.named(command.rawValue))
        let texts = MessageTable.embedded(.nl)
        #expect(throws: UsageError.unknownOption("--bestaat-niet", command: command, suggestion: nil)) {
            try ArgumentParser.parse([command.rawValue, "--bestaat-niet"])
        }
        let text = UsageErrorText(texts: texts).describe(.unknownOption("--bestaat-niet", command: command, suggestion: nil))
        #expect(text.contains("Gebruik: " + HelpText(texts: texts).usage(spec)))
        #expect(text.hasSuffix("Meer uitleg: gps help \(command.rawValue)\n"))
    }

    @Test func theOverviewDocumentsEveryExitStatusInBothLanguages() {
        for language in Language.allCases {
            let overview = HelpText(texts: .embedded(language)).overview
            for status in ExitStatus.allCases {
                let line = "  \(status.rawValue)" + String(repeating: " ", count: 5 - String(status.rawValue).count)
                    + MessageTable.embedded(language)(HelpText.key(for: status))
                #expect(overview.contains(line), "\(language) \(status)")
            }
        }
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 64, 65, 74, 75, 130, 143])
    }

    @Test func quietIsAGlobalFlagInBothLanguages() throws {
        for word in ["--stil", "--quiet", "-q"] {
            #expect(try ArgumentParser.parse(["lijst", word]).has(.quiet))
            #expect(try ArgumentParser.parse([word, "lijst"]).has(.quiet))
        }
    }

    @Test func completionKindsFollowTheValueUnlessTheTableSaysOtherwise() {
        #expect(OptionSpec.answers.completion == .file)
        #expect(OptionSpec.title.completion == .none)
        #expect(OptionSpec.language.completion == .choice(["nl", "en"]))
        #expect(ArgumentSpec.caseID.completion == .caseID)
        #expect(ArgumentSpec.command.completion == .command)
        #expect(ArgumentSpec.shell.completion == .choice(["bash", "zsh", "fish"]))
    }
}
