/// Belgian phone numbers by format, not by whether the number is in service: +32, 0032 or the
/// trunk 0, then a mobile `04[5-9]` with seven more digits or a fixed line of eight more,
/// with spaces, dots, slashes or dashes between.
enum PhoneNumber {
    static let pattern = TextPattern(
        #"(?<![\d+])(?:\+32|0032|0)[ ./-]?(?:\(0\)[ ./-]?)?(?:4[5-9]\d(?:[ ./-]?\d){6}|[1-9](?:[ ./-]?\d){7})(?!\d)(?![.,/-]\d)"#
    )

    /// A written date such as `01/02/2026 9` fits the fixed-line pattern; a number that starts
    /// like a date is not taken for a phone number.
    private static let dateStart = TextPattern(#"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"#)

    /// Free, shared-cost and premium numbers (0800, 070, 078, 090x) belong to services, never
    /// to a family.
    private static let serviceNumber = ["800", "70", "78", "90"]

    static func matches(in text: String) -> [Range<String.Index>] {
        pattern.matches(in: text).filter { range in
            let number = subscriberNumber(text[range])
            return !dateStart.occurs(in: String(text[range])) && !serviceNumber.contains { number.hasPrefix($0) }
        }
    }

    /// The digits after +32, 0032 or the trunk 0, and after a "(0)" written after the country code.
    private static func subscriberNumber(_ match: Substring) -> Substring {
        let digits = Substring(match.filter(\.isNumber))
        let national =
            digits.hasPrefix("0032") ? digits.dropFirst(4) : digits.hasPrefix("32") ? digits.dropFirst(2) : digits
        return national.hasPrefix("0") ? national.dropFirst() : national
    }
}
