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

    /// Every match with its capture groups; group 0 is the whole match, nil where a group took no part.
    func groups(in text: String) -> [[Range<String.Index>?]] {
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text) }
        }
    }

    static func escaped(_ literal: String) -> String {
        NSRegularExpression.escapedPattern(for: literal)
    }

    /// Whether the pattern matches anywhere in the text.
    func occurs(in text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
