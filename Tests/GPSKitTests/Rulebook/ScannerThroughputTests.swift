import Foundation
import Testing

@testable import GPSKit

/// How fast the scanner reads generated case notes. Runs only with GPS_MEASURE set to a file
/// path, where it writes the MB/s, so normal test runs stay quick:
/// `GPS_MEASURE=/tmp/mbs.txt swift test -c release -Xswiftc -enable-testing --filter ScannerThroughput`
@Suite struct ScannerThroughputTests {
    static let output = ProcessInfo.processInfo.environment["GPS_MEASURE"]

    /// Note lines with citations, dates, amounts, phone and house numbers, in a fixed order.
    static let lines = [
        "Op 17/11/2026 bij mevrouw Peeters, Kerkstraat 458 bis, 9000 Gent (gsm 0470 12 34 56).",
        "Ze vertelt dat haar partner haar slaat; ik denk aan art. 458bis Sw. en aan het spreekrecht.",
        "Kost van de poetsdienst: € 458 per maand, betaald op 2024-04-08; huur 422 euro.",
        "Volgens artikel 422 moet ik helpen; de teamleider verwijst naar gedeeld beroepsgeheim.",
        "Geen acuut gevaar gezien. Volgende afspraak 8 april 2026 om 10:30 met de huisarts.",
        "Élise wil niet dat ik iets doorvertel; we spreken af dat ik eerst met haar praat.",
    ]

    @Test(.enabled(if: output != nil)) func scansTenMegabytesOfNotes() throws {
        var text = ""
        var index = 0
        while text.utf8.count < 10_000_000 {
            text += Self.lines[index % Self.lines.count] + "\n"
            index += 1
        }
        let scanner = ReferenceScanner(rulebook: try Rulebook.embedded())
        var found = 0
        let elapsed = ContinuousClock().measure { found = scanner.scan(text).count }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(text.utf8.count) / 1_000_000
        let report = String(format: "%.1f MB in %.3f s: %.1f MB/s, %d references\n", megabytes, seconds, megabytes / seconds, found)
        try report.write(toFile: Self.output!, atomically: true, encoding: .utf8)
        #expect(found > 0)
    }
}
