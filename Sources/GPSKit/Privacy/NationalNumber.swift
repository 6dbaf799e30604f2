/// A Belgian national register number or BIS number (`YY.MM.DD-SSS.CC`), accepted only when
/// its mod-97 check holds under the rule for births before or from 2000 and its date could be
/// a birth date. A random 11-digit string passes one of the two checks about 2 % of the time;
/// the date test removes most of those.
public struct NationalNumber: Sendable, Equatable {
    /// The eleven digits without separators.
    public let digits: String
    /// True for a BIS number: the month is raised by 20 (sex unknown) or 40 (sex known).
    public let isBIS: Bool
    public let birthYear: Int
    /// 0 when the month is unknown.
    public let birthMonth: Int
    /// 0 when the day is unknown.
    public let birthDay: Int

    public init?(_ text: some StringProtocol) {
        let digits = String(text.filter(\.isNumber))
        guard digits.count == 11, digits.allSatisfy(\.isASCII), let body = Int(digits.prefix(9)),
            let check = Int(digits.suffix(2))
        else { return nil }
        let century: Int
        if 97 - body % 97 == check {
            century = 1900
        } else if 97 - (2_000_000_000 + body) % 97 == check {
            century = 2000
        } else {
            return nil
        }
        let year = century + body / 10_000_000
        let rawMonth = body / 100_000 % 100
        let day = body / 1_000 % 100
        let (month, isBIS): (Int, Bool) =
            switch rawMonth {
            case 0...12: (rawMonth, false)
            case 20...32: (rawMonth - 20, true)
            case 40...52: (rawMonth - 40, true)
            default: (-1, false)
            }
        guard month >= 0, Self.isPlausible(day: day, month: month, year: year) else { return nil }
        self.digits = digits
        self.isBIS = isBIS
        birthYear = year
        birthMonth = month
        birthDay = day
    }

    /// Month and day may be 0 (unknown, or the day's serial numbers ran out); otherwise the day
    /// must exist in that month of that year.
    static func isPlausible(day: Int, month: Int, year: Int) -> Bool {
        guard (0...31).contains(day) else { return false }
        guard month != 0, day != 0 else { return true }
        return day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Where national and BIS numbers can sit in text: eleven digits, optionally grouped as
    /// `YY.MM.DD-SSS.CC` with dots, dashes or spaces, not part of a longer number or amount.
    static let pattern = TextPattern(
        #"(?<![\d])(?<!\d[.,])\d{2}[. -]?\d{2}[. -]?\d{2}[. -]?\d{3}[. -]?\d{2}(?!\d)(?![.,]\d)"#
    )
}
