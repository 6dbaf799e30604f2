/// A date that is said to be a birth date: it follows "geboren", "geb.", "°", "geboortedatum",
/// "born" or "date of birth" in the same clause, with no other number in between. Any other
/// date (an appointment, a deadline) is ordinary text. A birth year alone is not flagged.
enum BirthDate {
    private static let months =
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
        + "january|february|march|may|june|july|august|october|"
        + "jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
    private static let day = #"(?:0?[1-9]|[12]\d|3[01])"#

    static let date = TextPattern(
        #"(?<![\p{L}\p{N}])(?:"#
            + day + #"[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d{2}"#
            + #"|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-"# + day
            + "|" + day + #"(?:st|nd|rd|th|e|ste|de)?\s+(?:of\s+)?(?:"# + months + #")\.?,?\s+(?:19|20)\d{2}"#
            + "|(?:" + months + #")\.?\s+"# + day + #"(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"#
            + #")(?![\p{L}\p{N}])"#,
        caseInsensitive: true
    )

    private static let keyword = TextPattern(
        #"(?<![\p{L}])(?:geboren|geb\.|geboortedatum|geboortedag|born|date of birth|birth ?date|d\.o\.b\.|dob)(?![\p{L}])|°"#,
        caseInsensitive: true
    )

    /// How far before the date a keyword may stand.
    private static let reach = 30

    /// A year written with four digits.
    private static let fullYear = TextPattern(#"(?:19|20)\d{2}"#)

    /// Birth dates in `text`; with `today`, a date in a later year (a baby that is due) is not one.
    static func matches(in text: String, today: CaseDay? = nil) -> [Range<String.Index>] {
        let keywordEnds = keyword.matches(in: text).map(\.upperBound)
        return date.matches(in: text).filter { date in
            !isAfter(today, String(text[date])) && keywordEnds.contains { isClose($0, to: date, in: text) }
        }
    }

    private static func isClose(_ keywordEnd: String.Index, to date: Range<String.Index>, in text: String) -> Bool {
        guard keywordEnd <= date.lowerBound else { return false }
        let between = text[keywordEnd..<date.lowerBound]
        return between.count <= reach && !between.contains { $0.isNumber || ".!?;\n".contains($0) }
    }

    private static func isAfter(_ today: CaseDay?, _ date: String) -> Bool {
        guard let today, let range = fullYear.matches(in: date).last, let year = Int(date[range]) else { return false }
        return year > today.year
    }
}
