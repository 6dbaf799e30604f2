import Foundation
import Testing

@testable import GPSKit

/// Each script parses in its own shell and names every command word and option of the table.
/// A shell that is not installed is skipped with a note, not failed.
@Suite struct CompletionScriptTests {
    static let syntaxChecks: [(CompletionShell, String, [String])] = [
        (.bash, "bash", ["-n"]), (.zsh, "zsh", ["-n"]), (.fish, "fish", ["--no-execute"]),
    ]

    static func script(_ shell: CompletionShell, _ language: Language = .nl) -> String {
        CompletionScript(shell: shell, texts: .embedded(language)).rendered
    }

    @Test(arguments: syntaxChecks)
    func theScriptParsesInItsShell(shell: CompletionShell, tool: String, arguments: [String]) throws {
        for language in Language.allCases {
            guard let result = try ExternalTool.run(tool, arguments, input: Self.script(shell, language)) else {
                print("skipped: \(tool) is not installed")
                return
            }
            #expect(result.status == 0, "\(tool): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
    }

    @Test(arguments: CompletionShell.allCases)
    func everyCommandWordAndOptionSpellingIsInTheScript(shell: CompletionShell) {
        let script = Self.script(shell)
        for word in CommandSpec.all.flatMap(\.words) {
            #expect(script.contains("'\(word)"), "\(shell): \(word)")
        }
        for name in CommandSpec.allOptions.flatMap(\.names) {
            let spelling = shell == .fish ? (name.hasPrefix("--") ? "-l " + name.dropFirst(2) : "-s " + name.dropFirst()) : name
            #expect(script.contains(spelling), "\(shell): \(name)")
        }
        #expect(script.contains("gps lijst --ids"))
    }

    @Test func theBashScriptIsShellcheckClean() throws {
        guard let result = try ExternalTool.run("shellcheck", ["-s", "bash", "-"], input: Self.script(.bash)) else {
            print("skipped: shellcheck is not installed")
            return
        }
        #expect(result.status == 0, "\(result.stdout)")
    }

    /// Runs the real completion function as bash would on Tab.
    @Test(arguments: [
        (["gps", "rap"], 1, ["rapport"]),
        (["gps", "--taal", ""], 2, ["nl", "en"]),
        (["gps", "rapport", "--u"], 2, ["--uitvoer"]),
        (["gps", "--taal", "en", "comp"], 3, ["completions"]),
        (["gps", "aanvulling", "z"], 2, ["zsh"]),
        (["gps", "help", "ver"], 2, ["verder"]),
        (["gps", "lijst", "--i"], 2, ["--ids"]),
    ])
    func bashOffersWhatTheTableAllows(words: [String], index: Int, expected: [String]) throws {
        let quoted = words.map { CompletionScript.singleQuoted($0) }.joined(separator: " ")
        let program = Self.script(.bash) + "COMP_WORDS=(\(quoted)); COMP_CWORD=\(index); _gps; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
        guard let result = try ExternalTool.run("bash", ["-s"], input: program) else {
            print("skipped: bash is not installed")
            return
        }
        #expect(result.stdout.split(separator: "\n").map(String.init) == expected, "\(result.stderr)")
    }

    @Test(arguments: [("gps ra", "rapport"), ("gps rapport --u", "--uitvoer"), ("gps --taal ", "en"), ("gps completions ", "fish")])
    func fishOffersWhatTheTableAllows(line: String, expected: String) throws {
        let program = Self.script(.fish) + "complete -C \(CompletionScript.singleQuoted(line))\n"
        guard let result = try ExternalTool.run("fish", ["--no-config", "-c", "source"], input: program) else {
            print("skipped: fish is not installed")
            return
        }
        let offered = result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        #expect(offered.contains(expected), "\(offered) \(result.stderr)")
    }

    @Test(arguments: syntaxChecks)
    func descriptionsWithQuotesAndBracketsStayInsideTheirQuotes(shell: CompletionShell, tool: String, arguments: [String]) throws {
        let hostile = LocalizedText(nl: "it's [a]: \\ \"b\" $(touch /tmp/gps-pwned) `x` ]'", en: "x")
        let texts = MessageTable(language: .nl, entries: [
            MessageKey.optionShortSummary.rawValue: hostile, MessageKey.commandNewSummary.rawValue: hostile,
        ])
        let script = CompletionScript(shell: shell, texts: texts).rendered
        #expect(!script.contains("it's"))
        guard let result = try ExternalTool.run(tool, arguments, input: script) else { return }
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }
}
