import Foundation

/// A compiled NSRegularExpression that reports Swift string ranges. Swift `Regex` cannot
/// look behind on Linux, and the identifier patterns need it to stay off longer numbers.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once built and safe to share between threads.
    private let expression: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        let options: NSRegularExpression.Options = caseInsensitive ? [.caseInsensitive] : []
        // The patterns are literals in this module; a typo is a programming error caught by tests.
        expression = try! NSRegularExpression(pattern: pattern, options: options)
    }

    /// Every non-overlapping match, left to right.
    func matches(in text: String) -> [Range<String.Index>] {
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { Range($0.range, in: text) }
    }

    /// Whether the pattern matches anywhere in the text.
    func occurs(in text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
