import Foundation

extension CaseDay {
    /// The day `days` later (earlier when negative), by the Gregorian calendar.
    func adding(days: Int) -> CaseDay {
        var calendar = Calendar(identifier: .gregorian)
        let utc = TimeZone(identifier: "UTC")!
        calendar.timeZone = utc
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        return CaseDay(calendar.date(byAdding: .day, value: days, to: start)!, in: utc)
    }
}
