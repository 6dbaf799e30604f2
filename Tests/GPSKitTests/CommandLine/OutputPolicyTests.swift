import Testing

@testable import GPSKit

@Suite struct OutputPolicyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var terminal: Bool
        var environment: [String: String]
        var colour: Bool
        var testDescription: String { "terminal \(terminal) \(environment) → colour \(colour)" }
    }

    @Test(arguments: [
        Case(terminal: true, environment: [:], colour: true),
        Case(terminal: true, environment: ["TERM": "xterm-256color"], colour: true),
        Case(terminal: true, environment: ["NO_COLOR": ""], colour: true),
        Case(terminal: true, environment: ["NO_COLOR": "1"], colour: false),
        Case(terminal: true, environment: ["NO_COLOR": "0"], colour: false),
        Case(terminal: true, environment: ["TERM": "dumb"], colour: false),
        Case(terminal: false, environment: [:], colour: false),
    ])
    func colourNeedsATerminalAndNoNoColor(_ example: Case) {
        let policy = OutputPolicy(
            stdinIsTerminal: true, stdoutIsTerminal: true, stderrIsTerminal: example.terminal,
            environment: example.environment, quiet: false)
        #expect(policy.colourOnStandardError == example.colour)
    }

    @Test(arguments: [(true, true, true), (false, true, false), (true, false, false), (false, false, false)])
    func inputMarkersNeedBothInputAndOutputOnATerminal(stdin: Bool, stdout: Bool, expected: Bool) {
        let policy = OutputPolicy(stdinIsTerminal: stdin, stdoutIsTerminal: stdout, stderrIsTerminal: true, environment: [:], quiet: false)
        #expect(policy.inputMarkers == expected)
    }

    @Test func withoutMarkersOnlyTheTrailingMarkerGoes() {
        let plain = OutputPolicy(colourOnStandardError: false, inputMarkers: false, quiet: false)
        #expect(plain.withoutMarker("> ") == "")
        #expect(plain.withoutMarker("… ") == "")
        #expect(plain.withoutMarker("Welke titel?\n> ") == "Welke titel?\n")
        #expect(plain.withoutMarker("a > b\n") == "a > b\n")
        let terminal = OutputPolicy(colourOnStandardError: false, inputMarkers: true, quiet: false)
        #expect(terminal.withoutMarker("Welke titel?\n> ") == "Welke titel?\n> ")
    }

    @Test(arguments: [(true, false), (false, true), (false, false)])
    func bidiControlsAreEscapedOnTheStreamsThatAreTerminals(stdout: Bool, stderr: Bool) {
        let policy = OutputPolicy(stdinIsTerminal: true, stdoutIsTerminal: stdout, stderrIsTerminal: stderr, environment: [:], quiet: false)
        #expect(policy.escapeBidiOnStandardOutput == stdout)
        #expect(policy.escapeBidiOnStandardError == stderr)
    }

    @Test func eachBidiControlIsShownByItsCodePointAndNothingElseChanges() {
        #expect(BidiControls.escaped("a\u{202E}b\u{2066}c\u{200F}d\u{061C}") == "a<U+202E>b<U+2066>c<U+200F>d<U+061C>")
        #expect(BidiControls.escaped("Ilse – één “quote” \u{200B} 👩‍⚕️") == "Ilse – één “quote” \u{200B} 👩‍⚕️")
        #expect(BidiControls.escaped("\u{202A}\u{202B}\u{202C}\u{202D}\u{2067}\u{2068}\u{2069}\u{200E}")
            == "<U+202A><U+202B><U+202C><U+202D><U+2067><U+2068><U+2069><U+200E>")
    }
}
