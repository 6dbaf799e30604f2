/// One block of the decision record's Markdown, as `MarkdownRecordRenderer` writes it. Inline
/// text is kept as Markdown (escapes, `**`, `*`, `<br>`) for `RecordMarkdownInline`.
enum RecordMarkdownBlock: Equatable {
    case heading(level: Int, text: String)
    /// Lines of one paragraph; a line ending in an unescaped `\` is a hard break.
    case paragraph([String])
    case list([String])
    case table(header: [String], rows: [[String]])
    case quote([String])
    case rule
    case fence(info: String, body: String)

    /// The blocks of a record, in order, each with the Markdown lines it came from.
    static func parse(_ markdown: String) -> [(block: RecordMarkdownBlock, source: String)] {
        var reader = RecordMarkdownReader(lines: markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        var blocks: [(RecordMarkdownBlock, String)] = []
        while let next = reader.next() { blocks.append(next) }
        return blocks
    }
}

/// Walks the record's lines. The renderer separates blocks by blank lines and escapes the
/// start of every typed line, so the first characters of a line say what block it opens.
/// Spaces at either end of a line are dropped, as Markdown drops them (an empty typed value
/// after a label leaves one).
private struct RecordMarkdownReader {
    let lines: [String]
    var index = 0

    mutating func next() -> (RecordMarkdownBlock, String)? {
        while index < lines.count, lines[index].isEmpty { index += 1 }
        guard index < lines.count else { return nil }
        let start = index
        let line = lines[index]
        let block: RecordMarkdownBlock
        if line.starts("```") {
            block = fence(info: line.dropping(3))
        } else if let level = Self.headingLevel(line) {
            index += 1
            block = .heading(level: level, text: line.dropping(level + 1).trimmingSpaces)
        } else if line == "---" {
            index += 1
            block = .rule
        } else if line.starts("- ") {
            block = .list(run { $0.starts("- ") }.map { $0.dropping(2).trimmingSpaces })
        } else if line.starts("> ") {
            block = .quote(run { $0.starts("> ") }.map { $0.dropping(2).trimmingSpaces })
        } else if line.starts("|") {
            let rows = run { $0.starts("|") }.map(Self.cells)
            block = .table(header: rows.first ?? [], rows: Array(rows.dropFirst(2)))
        } else {
            block = .paragraph(run { !$0.isEmpty }.map(\.trimmingSpaces))
        }
        return (block, lines[start..<index].joined(separator: "\n"))
    }

    private mutating func run(while belongs: (String) -> Bool) -> [String] {
        var taken: [String] = []
        while index < lines.count, belongs(lines[index]) {
            taken.append(lines[index])
            index += 1
        }
        return taken
    }

    private mutating func fence(info: String) -> RecordMarkdownBlock {
        index += 1
        let body = run { $0 != "```" }
        index += 1
        return .fence(info: info, body: body.joined(separator: "\n"))
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.unicodeScalars.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.unicodeScalars.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// `| a | b\|c |` → `["a", "b\|c"]`: split on pipes no backslash escapes.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.unicodeScalars {
            if escaped {
                current.unicodeScalars.append(character)
                escaped = false
            } else if character == "\\" {
                current.unicodeScalars.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(character)
            }
        }
        cells.append(current)
        // The text before the first pipe and after the last one is not a cell.
        return cells.dropFirst().dropLast().map { $0.trimmingSpaces }
    }
}

/// Prefixes compared per Unicode scalar: a combining mark typed at the start of an item joins
/// the space before it into one `Character`, but Markdown still sees `- `.
private extension String {
    func starts(_ prefix: String) -> Bool { unicodeScalars.starts(with: prefix.unicodeScalars) }

    func dropping(_ count: Int) -> String { String(unicodeScalars.dropFirst(count)) }

    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
            let last = scalars.lastIndex(where: { $0 != " " })
        else { return "" }
        return String(scalars[first...last])
    }
}
