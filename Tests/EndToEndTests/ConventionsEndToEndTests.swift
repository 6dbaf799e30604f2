import Foundation
import GPSKit
import Testing

/// The command-line conventions of the real binary, for every command in the table.
@Suite struct ConventionsEndToEndTests {
    let gps = GPSProcess()
    static let commands = CommandSpec.all.map(\.name.rawValue)

    @Test(arguments: commands)
    func everyCommandHasHelpOnStandardOutputWithStatusZero(command: String) throws {
        for arguments in [[command, "--help"], [command, "-h"], ["help", command], ["--taal", "en", command, "--help"]] {
            let result = try gps.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("gps \(command)"), "\(arguments)")
            #expect(result.stdout.contains(arguments[0] == "--taal" ? "Usage: gps \(command)" : "Gebruik: gps \(command)"))
            #expect(result.stderr.isEmpty)
        }
    }

    @Test(arguments: commands)
    func aUsageErrorOnEveryCommandGoesToStandardErrorWithItsUsageAnd64(command: String) throws {
        let result = try gps.run([command, "--bestaat-niet"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("gps: fout: onbekende optie: --bestaat-niet\n"))
        #expect(result.stderr.contains("\nGebruik: gps \(command)"))
        #expect(result.stderr.hasSuffix("Meer uitleg: gps help \(command)\n"))
    }

    @Test func versionShowsVersionRulebookAndSwiftOnStandardOutput() throws {
        let result = try gps.run(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "gps \(GPSVersion.number)")
        #expect(lines.dropFirst().first?.hasPrefix("regelboek van ") == true)
        #expect(lines.last == "gebouwd met Swift \(GPSVersion.swiftVersion)")
        #expect(try gps.run(["--taal", "en", "--version"]).stdout.contains("built with Swift"))
    }

    @Test func theOverviewListsEveryExitStatus() throws {
        let help = try gps.run(["--help"]).stdout
        #expect(help.contains("Afsluitcodes:"))
        for status in ExitStatus.allCases { #expect(help.contains("\n  \(status.rawValue) ")) }
    }

    @Test func quietLeavesOutNotesButNeverErrors() throws {
        let file = gps.dataFolder.appending(path: "in.json")
        // Private, as GPS would make it: a folder others can enter gets a warning, even under --stil.
        try FileManager.default.createDirectory(
            at: gps.dataFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(#"{"answers": {"hamvraag": "Wat nu?"}}"#.utf8).write(to: file)
        let loud = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(loud.stderr.contains("vragen staan nog open"))
        for flag in ["--stil", "--quiet", "-q"] {
            let quiet = try gps.run(["nieuw", flag, "--antwoorden", file.path])
            #expect(quiet.status == 0)
            #expect(quiet.stderr.isEmpty)
            #expect(quiet.stdout.range(of: #"^[0-9-]+-[a-z0-9]+\n$"#, options: .regularExpression) != nil)
        }
        let failed = try gps.run(["--stil", "rapport", "2026-01-01-zzz"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("er is geen casus"))
    }

    @Test func pipedOutputHasNoColourAndNoInputMarkers() throws {
        var plain = gps
        plain.extraEnvironment = ["NO_COLOR": ""]
        let error = try plain.run(["raport"])
        #expect(!error.stderr.contains("\u{1B}"))
        let wizard = try plain.run(["nieuw", "--kort", "--titel", "x"], input: ["eerste", "", ":stop"])
        #expect(!wizard.stdout.contains("\u{1B}"))
        #expect(!wizard.stdout.contains("> "), "\(wizard.stdout)")
        #expect(!wizard.stdout.contains("… "))
        #expect(wizard.stdout.contains("Bewaard."))
    }

    /// `script` gives the binary a real terminal; there colour appears, unless NO_COLOR says no.
    @Test func onATerminalTheErrorPrefixIsColouredUnlessNoColor() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("skipped: script (util-linux) is not installed")
            return
        }
        func underTerminal(_ environment: [String: String]) throws -> String {
            var process = gps
            process.extraEnvironment = environment
            process.executable = URL(fileURLWithPath: "/usr/bin/script")
            return try process.run(["-qec", GPSProcess.builtBinary.path + " raport", "/dev/null"]).stdout
        }
        #expect(try underTerminal(["NO_COLOR": ""]).contains("\u{1B}[1;31mgps: fout:\u{1B}[0m onbekend commando"))
        #expect(!(try underTerminal(["NO_COLOR": "1"]).contains("\u{1B}")))
        #expect(!(try underTerminal(["NO_COLOR": "", "TERM": "dumb"]).contains("\u{1B}")))
    }

    @Test func theListOfIDsIsOneALineAndEmptyWithoutCases() throws {
        let none = try gps.run(["lijst", "--ids"])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.isEmpty)
        let first = try importCase()
        let second = try importCase()
        #expect(try gps.run(["lijst", "--ids"]).stdout == [first, second].sorted().map { $0 + "\n" }.joined())
    }

    @Test(arguments: CompletionShell.allCases)
    func completionsAreScriptsOnStandardOutput(shell: CompletionShell) throws {
        for word in ["aanvulling", "completions"] {
            let result = try gps.run([word, shell.rawValue])
            #expect(result.status == 0)
            #expect(result.stdout == CompletionScript(shell: shell, texts: .embedded(.nl)).rendered)
        }
    }

    @Test func anUnknownShellIsAUsageErrorNamingTheChoices() throws {
        let result = try gps.run(["completions", "tcsh"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("tcsh kan hier niet; kies uit: bash, zsh, fish"))
        #expect(result.stderr.contains("Gebruik: gps aanvulling <shell>"))
    }

    /// Tab after `gps rapport ` in bash asks the binary on PATH for the ids.
    @Test func bashCompletesCaseIDsFromTheBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let id = try importCase()
        let script = try gps.run(["completions", "bash"]).stdout
        let program = script + "COMP_WORDS=(gps rapport ''); COMP_CWORD=2; _gps; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
        var bash = gps
        bash.executable = URL(fileURLWithPath: "/bin/bash")
        bash.extraEnvironment = ["PATH": GPSProcess.builtBinary.deletingLastPathComponent().path + ":/usr/bin:/bin"]
        #expect(try bash.run(["-c", program]).stdout == id + "\n")
    }

    @Test func manPrintsTheRoffPageInHerLanguage() throws {
        let dutch = try gps.run(["man"])
        #expect(dutch.status == 0)
        #expect(dutch.stdout == ManPage(texts: .embedded(.nl)).rendered)
        #expect(try gps.run(["handleiding", "--taal", "en"]).stdout.contains(".SH \"EXIT STATUS\""))
    }

    @Test(arguments: [
        (["LC_ALL": "en_GB.UTF-8", "LANG": "nl_BE.UTF-8"], "Usage:"),
        (["LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_BE.UTF-8"], "Usage:"),
        (["LANG": "en_US.UTF-8"], "Usage:"),
        (["LANG": "nl_NL.UTF-8"], "Gebruik:"),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], "Gebruik:"),
    ])
    func theLanguageFollowsTheLocaleVariables(environment: [String: String], expected: String) throws {
        var process = gps
        process.extraEnvironment = environment
        #expect(try process.run(["--help"]).stdout.contains(expected))
        #expect(try process.run(["--taal", "nl", "--help"]).stdout.contains("Gebruik:"))
    }

    private func importCase() throws -> String {
        let file = gps.dataFolder.appending(path: "in-\(UUID().uuidString).json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try Data(#"{"date": "2026-11-20", "answers": {"hamvraag": "Wat nu?"}}"#.utf8).write(to: file)
        return try gps.run(["nieuw", "--stil", "--antwoorden", file.path]).stdout.trimmingCharacters(in: .newlines)
    }
}
