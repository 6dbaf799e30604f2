import Foundation
import Testing

/// One line of `names.tsv`: a sentence, the name mentions that must be replaced in it and the
/// ordinary words that must stay.
struct LabelledNameSentence: Sendable, CustomTestStringConvertible {
    var line: Int
    /// As typed, without the "*" that marks a person in no list of the case.
    var names: [String]
    /// The names marked "*": people the case does not list, found by `UnlistedNameFinder`.
    var unlisted: Set<String> = []
    var keep: [String]
    var text: String

    var testDescription: String { "line \(line): \(text)" }

    static let path = "Tests/GPSKitTests/Privacy/names.tsv"

    static func load() throws -> [LabelledNameSentence] {
        try PackageRoot.text(path).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .compactMap { index, line in
                guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard columns.count == 3 else { throw LabelledIdentifier.TSVError.badLine(index + 1) }
                let list = { (column: Substring, separator: Character) in
                    column == "-" ? [] : column.split(separator: separator).map(String.init)
                }
                let marked = list(columns[0], "|")
                return LabelledNameSentence(
                    line: index + 1, names: marked.map { $0.hasPrefix("*") ? String($0.dropFirst()) : $0 },
                    unlisted: Set(marked.filter { $0.hasPrefix("*") }.map { String($0.dropFirst()) }), keep: list(columns[1], ","),
                    text: String(columns[2]))
            }
    }

    /// How often `word` stands in `text` as a whole word, as typed.
    static func occurrences(of word: String, in text: String) -> Int {
        let pattern = #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![\p{L}\p{N}])"#
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// The words of `text` outside the listed names, accents and case aside, with how often each occurs.
    func ordinaryWords(in text: String, without names: [String]) -> [String: Int] {
        var rest = text
        for name in names.sorted(by: { $0.count > $1.count }) {
            let pattern = #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\p{L}\p{N}])"#
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var counts: [String: Int] = [:]
        for word in rest.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            counts[word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil), default: 0] += 1
        }
        return counts
    }
}
