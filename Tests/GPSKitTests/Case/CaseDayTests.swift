import Foundation
import Testing

@testable import GPSKit

@Suite struct CaseDayTests {
    @Test(arguments: ["2026-12-04", "4/12/2026", "04-12-2026", "4.12.2026", " 2026-12-04 "])
    func readsTheWaysPeopleWriteADate(text: String) {
        #expect(CaseDay(parsing: text) == CaseDay(year: 2026, month: 12, day: 4))
    }

    @Test(arguments: ["volgende week", "2026-02-30", "31/04/2026", "12/2026", "2026/12/04", "04-12-26", "", "٢٠٢٦-١٢-٠٤"])
    func refusesWhatIsNotADate(text: String) {
        #expect(CaseDay(parsing: text) == nil)
    }

    @Test func leapDays() {
        #expect(CaseDay(year: 2028, month: 2, day: 29) != nil)
        #expect(CaseDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CaseDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CaseDay(year: 2100, month: 2, day: 29) == nil)
    }

    @Test func theDayOfAMomentDependsOnTheTimeZone() {
        let lateEvening = Date(timeIntervalSince1970: 1_795_219_200 - 1800)  // 2026-11-20 23:30 UTC
        #expect(CaseDay(lateEvening, in: TimeZone(identifier: "UTC")!).description == "2026-11-20")
        #expect(CaseDay(lateEvening, in: TimeZone(identifier: "Europe/Brussels")!).description == "2026-11-21")
    }
}
