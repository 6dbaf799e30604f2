import Foundation
import Testing

@testable import GPSKit

@Suite struct ManPageTests {
    static func page(_ language: Language) -> String { ManPage(texts: .embedded(language)).rendered }

    @Test(arguments: Language.allCases)
    func groffReadsThePageWithoutAWarning(language: Language) throws {
        guard let result = try ExternalTool.run("groff", ["-man", "-Tutf8", "-z", "-ww"], input: Self.page(language)) else {
            print("skipped: groff is not installed")
            return
        }
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func theRenderedPageShowsEveryCommandAndOptionAsTyped() throws {
        guard let result = try ExternalTool.run("groff", ["-man", "-Tutf8", "-P-cbou", "-rLL=200n"], input: Self.page(.nl)) else {
            print("skipped: groff is not installed")
            return
        }
        let shown = result.stdout
        for section in ["NAAM", "OVERZICHT", "BESCHRIJVING", "COMMANDO'S", "OPTIES", "AFSLUITSTATUS", "OMGEVING", "BESTANDEN"] {
            #expect(shown.contains("\n" + section + "\n"), "\(section)")
        }
        for word in CommandSpec.all.flatMap(\.words) { #expect(shown.contains(word)) }
        // `-` must print as ASCII hyphen-minus, so a copied option works in a shell.
        for name in CommandSpec.allOptions.flatMap(\.names) { #expect(shown.contains(name), "\(name)") }
        for variable in ["GPS_DATA_DIR", "XDG_DATA_HOME", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] {
            #expect(shown.contains(variable))
        }
        for status in ExitStatus.allCases { #expect(shown.contains("\n       \(status.rawValue) ")) }
        #expect(shown.contains("Het geeft geen juridisch advies."))
        #expect(shown.contains("~/.local/share/gps/cases"))
        #expect(shown.contains("één"))
    }

    @Test func theEnglishPageHasEnglishSections() {
        let page = Self.page(.en)
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            #expect(page.contains(".SH \"\(section)\"\n"))
        }
        #expect(page.contains("It does not give legal advice."))
    }

    @Test(arguments: [
        (".TH x", "\\&.TH x"), ("'quote", "\\(aqquote"), ("a\\b", "a\\eb"), ("--taal", "\\-\\-taal"),
        ("één", "\\[u00E9]\\[u00E9]n"), ("~/x", "\\(ti/x"), ("\"q\"", "\\(dqq\\(dq"), ("a\u{7}b\tc", "ab c"), ("—", "\\[u2014]"),
    ])
    func roffEscapingLeavesNoRequestOrEscapeOpen(text: String, escaped: String) {
        #expect(Roff.escape(text) == escaped)
    }

    @Test func noTextLineOfThePageStartsARequestByAccident() {
        let requests: Set<String> = [
            "\\\"", "TH", "SH", "TP", "PP", "IP", "RS", "RE", "nf", "fi", "sp", "br", "nh", "ad",
        ]
        for line in Self.page(.nl).split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            let request = line.dropFirst().prefix { $0 != " " }
            #expect(requests.contains(String(request)), "\(line)")
        }
    }
}
