import Foundation
import Testing

@testable import GPSKit

/// Thousands of hostile strings, escaped as a table cell, a list item and paragraphs, read back
/// through cmark-gfm: the structure must stay as rendered and the text must read back as typed.
/// Replay a failure with `GPS_MARKDOWN_SEED=<seed> swift test --filter MarkdownEscapingProperty`;
/// `GPS_MARKDOWN_SEED=random GPS_MARKDOWN_COUNT=100000` searches longer.
@Suite struct MarkdownEscapingPropertyTests {
    static let stringCount = Int(ProcessInfo.processInfo.environment["GPS_MARKDOWN_COUNT"] ?? "") ?? 2_000
    static let batchSize = 200
    static let defaultSeed: UInt64 = 0x6750_5302_2026

    static var seed: UInt64 { TestSeed.from("GPS_MARKDOWN_SEED", default: defaultSeed) }

    @Test(.enabled(if: CommonMarkAST.isAvailable, "cmark-gfm is not installed"))
    func hostileTextReadsBackAsTypedAndNeverBecomesMarkup() throws {
        let seed = Self.seed
        var hostile = HostileText(seed: seed)
        let strings = (0..<Self.stringCount).map { _ in hostile.next() }
        let units = strings.enumerated().flatMap { index, typed in
            EscapedUnit.Kind.allCases.map { EscapedUnit(index: index, kind: $0, typed: typed) }
        }
        var failures: [(unit: EscapedUnit, problems: [String])] = []
        for start in stride(from: 0, to: units.count, by: Self.batchSize * 3) {
            let batch = Array(units[start..<min(start + Self.batchSize * 3, units.count)])
            for (unit, problems) in zip(batch, try EscapedUnit.check(batch)) where !problems.isEmpty {
                failures.append((unit, problems))
            }
        }
        for (number, failure) in failures.enumerated() where number < 5 {
            let unit = failure.unit
            let smallest = try unit.shrunk()
            Issue.record(
                """
                seed \(seed) (GPS_MARKDOWN_SEED=\(seed)), string #\(unit.index) as \(unit.kind):
                  typed:     \(unit.typed.debugDescription)
                  smallest:  \(smallest.typed.debugDescription)
                  markdown:  \(smallest.markdown.debugDescription)
                  problems:  \((try smallest.checkAlone()).joined(separator: "; "))
                """)
        }
        let failed = failures.count
        #expect(failed == 0, "\(failed) of \(units.count) renderings failed; seed \(seed)")
    }
}

/// One typed string rendered one way, and its check against cmark-gfm's reading.
struct EscapedUnit {
    enum Kind: String, CaseIterable, CustomStringConvertible {
        case tableCell = "table cell", listItem = "list item", paragraphs

        var description: String { rawValue }
    }

    static let plainCells = ("left", "right")

    let index: Int
    let kind: Kind
    let typed: String

    var markdown: String {
        switch kind {
        case .tableCell:
            MarkdownTable(headers: ["Left", "Typed", "Right"]).rendering([[Self.plainCells.0, typed, Self.plainCells.1]])
        case .listItem:
            "- " + MarkdownEscaping.inline(typed)
        case .paragraphs:
            MarkdownEscaping.paragraphs(typed)
        }
    }

    func problems(in blocks: [CommonMarkNode]) -> [String] {
        switch kind {
        case .tableCell: MarkdownReadback.tableProblems(blocks, typed: typed, plain: Self.plainCells)
        case .listItem: MarkdownReadback.listProblems(blocks, typed: typed)
        case .paragraphs: MarkdownReadback.paragraphProblems(blocks, typed: typed)
        }
    }

    /// Checks many units with one cmark-gfm process. Each unit follows an HTML comment that
    /// marks where it starts; if a unit swallowed a marker, each unit is checked alone.
    static func check(_ units: [EscapedUnit]) throws -> [[String]] {
        let document = units.indices.map { marker($0) + "\n\n" + units[$0].markdown + "\n\n" }.joined()
        guard let root = try CommonMarkAST.parse(document) else { throw CommonMarkAST.ASTError.toolFailed("missing") }
        var groups: [[CommonMarkNode]] = []
        for node in root.children {
            if node.name == "html_block", node.literal.trimmingCharacters(in: .newlines) == marker(groups.count) {
                groups.append([])
            } else if groups.isEmpty {
                break
            } else {
                groups[groups.count - 1].append(node)
            }
        }
        guard groups.count == units.count else {
            if units.count == 1 { return [["the unit swallowed its start marker: \(root.children.map(\.name))"]] }
            return try units.map { try $0.checkAlone() }
        }
        return zip(units, groups).map { $0.problems(in: $1) }
    }

    func checkAlone() throws -> [String] {
        try Self.check([self]).first ?? []
    }

    /// A smaller input that still fails, found by deleting scalars while the failure stays.
    func shrunk(maxAttempts: Int = 250) throws -> EscapedUnit {
        var scalars = Array(typed.unicodeScalars)
        var attempts = 0
        var chunk = max(1, scalars.count / 2)
        while chunk >= 1, attempts < maxAttempts {
            var start = 0
            var removedAny = false
            while start < scalars.count, attempts < maxAttempts {
                var candidate = scalars
                candidate.removeSubrange(start..<min(start + chunk, scalars.count))
                attempts += 1
                let unit = EscapedUnit(index: index, kind: kind, typed: String(String.UnicodeScalarView(candidate)))
                if try !unit.checkAlone().isEmpty {
                    scalars = candidate
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if !removedAny { chunk /= 2 }
        }
        return EscapedUnit(index: index, kind: kind, typed: String(String.UnicodeScalarView(scalars)))
    }

    private static func marker(_ number: Int) -> String {
        "<!-- gps-unit \(number) -->"
    }
}
