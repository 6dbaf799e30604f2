import Testing

@testable import GPSKit

@Suite struct ArgumentParserTests {
    @Test func aCommandWithOptionsInEitherForm() throws {
        let invocation = try ArgumentParser.parse(["nieuw", "--kort", "--titel=Sam", "--taal", "en"])
        #expect(invocation.command == .new)
        #expect(invocation.has(.short))
        #expect(invocation.value(.title) == "Sam")
        #expect(invocation.value(.language) == "en")
    }

    @Test(arguments: [("new", CommandName.new), ("resume", .resume), ("report", .report), ("list", .list), ("lijst", .list)])
    func englishAliasesNameTheSameCommands(word: String, command: CommandName) throws {
        let arguments = [.resume, .report].contains(command) ? [word, "2026-11-20-abc"] : [word]
        #expect(try ArgumentParser.parse(arguments).command == command)
    }

    @Test func optionsMayComeBeforeTheCommandAndArgumentsAfterDoubleDash() throws {
        let invocation = try ArgumentParser.parse(["--taal", "nl", "rapport", "-o", "x.md", "--", "2026-11-20-abc"])
        #expect(invocation.command == .report)
        #expect(invocation.value(.output) == "x.md")
        #expect(invocation.arguments == ["2026-11-20-abc"])
    }

    @Test(arguments: [["-o", "--"], ["-o", "-o"], ["--uitvoer", "-q"], ["--output=--x"]])
    func aFileToWriteNamedLikeAnOptionIsAUsageError(words: [String]) throws {
        let value = words.count == 2 ? words[1] : "--x"
        let option = words.count == 2 ? words[0] : "--output"
        #expect(throws: UsageError.optionLikeFileName(option: option, value: value, command: .report)) {
            try ArgumentParser.parse(["rapport", "2026-11-20-abc"] + words)
        }
        #expect(try ArgumentParser.parse(["rapport", "2026-11-20-abc", "-o", "-"]).value(.output) == "-", "- is standard output")
        #expect(try ArgumentParser.parse(["rapport", "2026-11-20-abc", "-o", "./--"]).value(.output) == "./--")
    }

    @Test(arguments: [["-o", ""], ["--uitvoer="], ["--antwoorden", ""]])
    func anEmptyFileNameIsAUsageError(words: [String]) {
        let command: [String] = words[0] == "--antwoorden" ? ["nieuw"] : ["rapport", "2026-11-20-abc"]
        #expect(throws: UsageError.emptyFileName(option: words[0].hasSuffix("=") ? "--uitvoer" : words[0], command: command[0] == "nieuw" ? .new : .report)) {
            try ArgumentParser.parse(command + words)
        }
    }

    @Test func anUnknownCommandSuggestsTheClosestOne() {
        #expect(throws: UsageError.unknownCommand("raport", suggestion: "rapport")) { try ArgumentParser.parse(["raport"]) }
        #expect(throws: UsageError.unknownCommand("xyz", suggestion: nil)) { try ArgumentParser.parse(["xyz"]) }
    }

    @Test func anOptionOfAnotherCommandIsUnknownHere() {
        #expect(throws: UsageError.unknownOption("--kort", command: .report, suggestion: nil)) {
            try ArgumentParser.parse(["rapport", "2026-11-20-abc", "--kort"])
        }
        #expect(throws: UsageError.unknownOption("--titl", command: .new, suggestion: "--titel")) {
            try ArgumentParser.parse(["nieuw", "--titl", "x"])
        }
    }

    @Test func missingAndExtraArgumentsAreUsageErrors() {
        #expect(throws: UsageError.missingArgument(.valueCaseID, command: .resume)) { try ArgumentParser.parse(["verder"]) }
        #expect(throws: UsageError.unexpectedArgument("extra", command: .list)) { try ArgumentParser.parse(["lijst", "extra"]) }
        #expect(throws: UsageError.missingValue(option: "--titel", command: .new)) { try ArgumentParser.parse(["nieuw", "--titel"]) }
        #expect(throws: UsageError.unexpectedArgument("--kort=ja", command: .new)) { try ArgumentParser.parse(["nieuw", "--kort=ja"]) }
    }

    @Test func helpNeedsNoArguments() throws {
        #expect(try ArgumentParser.parse(["verder", "--help"]).has(.help))
        #expect(try ArgumentParser.parse([]).command == nil)
    }

    @Test func theUsageErrorTextShowsTheProblemTheUsageAndWhereToReadMore() {
        let text = UsageErrorText(texts: .embedded(.nl)).describe(.unknownOption("--titl", command: .new, suggestion: "--titel"))
        #expect(text == """
            gps: fout: onbekende optie: --titl
            Bedoelde je --titel?
            Gebruik: gps nieuw [--kort] [--titel TITEL] [--antwoorden BESTAND]
            Meer uitleg: gps help nieuw

            """)
    }

    @Test func helpListsEveryCommandAndExitStatus() {
        let overview = HelpText(texts: .embedded(.nl)).overview
        for spec in CommandSpec.all { #expect(overview.contains(spec.name.rawValue)) }
        for status in ExitStatus.allCases { #expect(overview.contains("  \(status.rawValue) ")) }
    }
}
