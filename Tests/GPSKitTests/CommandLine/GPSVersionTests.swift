import Foundation
import Testing

@testable import GPSKit

@Suite struct GPSVersionTests {
    @Test func theVersionTextNamesVersionRulebookDateAndSwift() {
        let text = GPSVersion.text(rulebookDate: "2026-11-20", texts: .embedded(.nl))
        #expect(text == "gps \(GPSVersion.number)\nregelboek van 20 november 2026\ngebouwd met Swift \(GPSVersion.swiftVersion)\n")
        let english = GPSVersion.text(rulebookDate: nil, texts: .embedded(.en))
        #expect(english.contains("\nrulebook of —\n"))
    }

    /// `gps --version` once showed the build date (23 November) where every other output showed
    /// the status date (22 November); the version now shows the date the record shows.
    @Test func theVersionShowsTheSameRulebookDateAsTheRecord() throws {
        let book = try Rulebook.embedded()
        let texts = MessageTable.embedded(.nl)
        let shown = GPSVersion.text(rulebookDate: Rulebook.embeddedStatusDate, texts: texts)
        let statusLine = ProvisionFacts(rulebook: book, texts: texts).statusDate()
        #expect(shown.contains("regelboek van \(statusLine)\n"))
    }

    /// The version is a compile-time chain of `#if compiler(>=…)`; this fails when the toolchain
    /// outgrows it, so the chain is extended rather than silently showing an older number.
    @Test func theSwiftVersionIsTheCompilersOwn() throws {
        guard let output = try ExternalTool.run("swift", ["--version"], input: "") else {
            print("skipped: swift is not on PATH")
            return
        }
        let pattern = try NSRegularExpression(pattern: #"Swift version ([0-9]+(\.[0-9]+)*)"#)
        let text = output.stdout + output.stderr
        let match = try #require(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)))
        let installed = (text as NSString).substring(with: match.range(at: 1))
        let shown = GPSVersion.swiftVersion
        if shown.hasSuffix("+") {
            #expect(installed.compare(String(shown.dropLast()), options: .numeric) != .orderedAscending)
            Issue.record("extend GPSVersion.swiftVersion for Swift \(installed)")
        } else {
            #expect(shown == installed)
        }
    }
}
