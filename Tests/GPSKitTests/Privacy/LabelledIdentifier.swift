import GPSKit
import Testing

/// One line of `identifiers.tsv`: the text, and which identifier (if any) must be found in it.
struct LabelledIdentifier: Sendable, CustomTestStringConvertible {
    var line: Int
    /// nil for a look-alike that must not be flagged.
    var kind: IdentifierKind?
    var expected: String
    var text: String

    var testDescription: String { "line \(line): \(text)" }

    static let path = "Tests/GPSKitTests/Privacy/identifiers.tsv"

    static func load() throws -> [LabelledIdentifier] {
        try PackageRoot.text(path).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .compactMap { index, line in
                guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard columns.count == 3 else { throw TSVError.badLine(index + 1) }
                let label = String(columns[0])
                guard label == "none" || IdentifierKind(rawValue: label) != nil else {
                    throw TSVError.badLine(index + 1)
                }
                return LabelledIdentifier(
                    line: index + 1, kind: IdentifierKind(rawValue: label), expected: String(columns[1]),
                    text: String(columns[2])
                )
            }
    }

    enum TSVError: Error { case badLine(Int) }
}
