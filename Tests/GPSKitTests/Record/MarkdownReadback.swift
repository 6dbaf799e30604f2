@testable import GPSKit

/// What a GFM reader sees of escaped text, read from cmark-gfm's tree, and what it should see.
enum MarkdownReadback {
    /// Inline nodes typed text may produce; everything else (emph, link, code, html, ...) is markup.
    static let textNodes: Set<String> = ["text", "linebreak", "softbreak"]

    /// The text of inline nodes: a hard break and the `<br>` of a table cell become a newline.
    static func text(of nodes: [CommonMarkNode]) -> String {
        nodes.map { node in
            switch node.name {
            case "text", "code": node.literal
            case "softbreak": " "
            case "linebreak": "\n"
            case "html_inline" where node.literal == "<br>": "\n"
            default: node.literal + text(of: node.children)
            }
        }.joined()
    }

    /// Problems with the inline nodes below a block: any node that is not plain text.
    static func markupProblems(in nodes: [CommonMarkNode], allowingBreakTags: Bool) -> [String] {
        nodes.flatMap(\.descendants).compactMap { node in
            if textNodes.contains(node.name) { return nil }
            if allowingBreakTags, node.name == "html_inline", node.literal == "<br>" { return nil }
            return "unexpected \(node.name) node \(String(reflecting: node.literal))"
        }
    }

    // MARK: - Expected readings

    /// A table cell: each line as the escaping keeps it, a line break as a newline.
    static func expectedCell(_ typed: String) -> String {
        MarkdownEscaping.lines(of: typed).joined(separator: "\n")
    }

    /// A list item or other single line: the non-empty lines joined by a space.
    static func expectedLine(_ typed: String) -> String {
        MarkdownEscaping.lines(of: typed).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Paragraphs: blank lines separate them, other line breaks stay line breaks.
    static func expectedParagraphs(_ typed: String) -> [String] {
        var blocks: [[String]] = [[]]
        for line in MarkdownEscaping.lines(of: typed) {
            if line.isEmpty {
                if !(blocks.last ?? []).isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
    }

    // MARK: - Checking one rendered block

    /// The top-level nodes of one table whose only row has `plain` around the typed cell.
    static func tableProblems(_ blocks: [CommonMarkNode], typed: String, plain: (String, String)) -> [String] {
        guard blocks.count == 1, let table = blocks.first, table.name == "table" else {
            return ["expected one table, got \(blocks.map(\.name))"]
        }
        let rows = table.children(named: "table_row")
        guard table.children(named: "table_header").first?.children.count == 3, rows.count == 1,
            let cells = rows.first?.children, cells.count == 3, cells.allSatisfy({ $0.name == "table_cell" })
        else { return ["table shape changed: \(table.children.map { "\($0.name)×\($0.children.count)" })"] }
        var problems = cells.flatMap { markupProblems(in: $0.children, allowingBreakTags: true) }
        let read = cells.map { text(of: $0.children) }
        let expected = [plain.0, expectedCell(typed), plain.1]
        if read != expected { problems.append("cells read \(read.debugDescription), expected \(expected.debugDescription)") }
        return problems
    }

    /// The top-level nodes of a bullet list with exactly one item.
    static func listProblems(_ blocks: [CommonMarkNode], typed: String) -> [String] {
        guard blocks.count == 1, let list = blocks.first, list.name == "list", list.attributes["type"] == "bullet",
            list.children.count == 1, let item = list.children.first
        else { return ["expected one bullet list with one item, got \(blocks.map(\.name))"] }
        guard item.children.allSatisfy({ $0.name == "paragraph" }), item.children.count <= 1 else {
            return ["item holds blocks \(item.children.map(\.name))"]
        }
        let inlines = item.children.flatMap(\.children)
        var problems = markupProblems(in: inlines, allowingBreakTags: false)
        let read = text(of: inlines)
        let expected = expectedLine(typed)
        if read != expected { problems.append("item reads \(read.debugDescription), expected \(expected.debugDescription)") }
        return problems
    }

    /// The top-level nodes of `MarkdownEscaping.paragraphs`: only paragraphs, with the typed text.
    static func paragraphProblems(_ blocks: [CommonMarkNode], typed: String) -> [String] {
        guard blocks.allSatisfy({ $0.name == "paragraph" }) else {
            return ["expected only paragraphs, got \(blocks.map(\.name))"]
        }
        var problems = blocks.flatMap { markupProblems(in: $0.children, allowingBreakTags: false) }
        let read = blocks.map { text(of: $0.children) }
        let expected = expectedParagraphs(typed)
        if read != expected { problems.append("paragraphs read \(read.debugDescription), expected \(expected.debugDescription)") }
        return problems
    }
}
