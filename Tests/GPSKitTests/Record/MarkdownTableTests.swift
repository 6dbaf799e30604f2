import Testing

@testable import GPSKit

/// Table cells: a typed `|` or line break must never add, drop or end a cell.
@Suite struct MarkdownTableTests {
    /// The pipes GFM splits a row on: those not escaped by an odd run of backslashes.
    static func cellBoundaries(in row: String) -> Int {
        var count = 0
        var backslashes = 0
        for scalar in row.unicodeScalars {
            if scalar == "|", backslashes.isMultiple(of: 2) { count += 1 }
            backslashes = scalar == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    @Test(arguments: [
        ("a|b", ##"a\|b"##),
        ("|", ##"\|"##),
        (##"a\|b"##, ##"a\\\|b"##),
        ("|\u{301}", "\\|\u{301}"),
        ("a\nb", "a<br>b"),
        ("a\r\nb\rc", "a<br>b<br>c"),
        ("a\n\nb", "a<br><br>b"),
        ("<br>", ##"\<br\>"##),
        ("  padded\t", "padded"),
        ("- item\n1. item\n# h", ##"\- item<br>1\. item<br>\# h"##),
    ])
    func tableCellEscapesPipesAndTurnsLineBreaksIntoBreakTags(typed: String, escaped: String) {
        #expect(Array(MarkdownEscaping.tableCell(typed).unicodeScalars) == Array(escaped.unicodeScalars))
    }

    @Test(arguments: ["a|b", "||||", ##"\|"##, ##"\\|"##, "a\nb|c", "|\u{301}|\u{FE0F}", "`|`", "<td>|</td>", "x\u{0}|"])
    func aRowKeepsItsCellCount(typed: String) throws {
        let table = MarkdownTable(headers: ["A", "B", "C"]).rendering([[typed, "b", typed]])
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count == 3)
        #expect(lines.map(Self.cellBoundaries) == [4, 4, 4])
    }

    @Test func aTableHasAHeaderADelimiterRowAndOneLinePerRow() {
        let table = MarkdownTable(headers: ["Wie", "Wat"]).rendering([["ik", "a|b"], ["jij", "c\nd"]])
        #expect(table == "| Wie | Wat |\n|---|---|\n| ik | a\\|b |\n| jij | c<br>d |")
    }

    @Test func shortRowsArePaddedAndLongRowsCut() {
        let table = MarkdownTable(headers: ["A", "B", "C"])
        #expect(table.rendering([["x"]]) == "| A | B | C |\n|---|---|---|\n| x |  |  |")
        #expect(table.rendering([["1", "2", "3", "4"]]).hasSuffix("\n| 1 | 2 | 3 |"))
    }

    @Test func headersAreEscapedToo() {
        #expect(MarkdownTable(headers: ["a|b", "*c*"]).rendering([]) == "| a\\|b | \\*c\\* |\n|---|---|")
    }
}
