import Foundation
import Testing

@testable import GPSKit

/// The quick reading of GPS's own timestamps gives exactly what Foundation's format style gives,
/// and leaves every other shape to it.
@Suite struct ISO8601TimestampTests {
    @Test func everyTimestampOfFourCenturiesReadsAsFoundationReadsIt() throws {
        var generator = SplitMix64(seed: 0x1508_6010)
        for _ in 0..<5_000 {
            let seconds = TimeInterval(Int(generator.next() % 12_600_000_000) - 6_300_000_000)
            let text = Date(timeIntervalSince1970: seconds).formatted(.iso8601)
            #expect(ISO8601Timestamp.fastDate(from: text) == (try Date.ISO8601FormatStyle().parse(text)), "\(text)")
            #expect(ISO8601Timestamp.string(from: Date(timeIntervalSince1970: seconds + 0.75)) == text)
        }
    }

    @Test(arguments: ["2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29 10:00:00Z", "2026-11-29T10:00:00+01:00", "2026-11-29T10:00:00.5Z", "２０26-11-29T10:00:00Z"])
    func anotherShapeIsLeftToFoundation(text: String) {
        #expect(ISO8601Timestamp.fastDate(from: text) == nil)
        #expect(ISO8601Timestamp.date(from: text) == (try? Date.ISO8601FormatStyle().parse(text)))
    }

    @Test func leapDaysAndTheEpochAreWhereTheCalendarPutsThem() {
        #expect(ISO8601Timestamp.daysSinceEpoch(year: 1970, month: 1, day: 1) == 0)
        #expect(ISO8601Timestamp.fastDate(from: "2000-02-29T00:00:00Z")?.timeIntervalSince1970 == 951_782_400)
        #expect(ISO8601Timestamp.fastDate(from: "1900-02-29T00:00:00Z") == nil)
    }
}
