/// A GFM table whose cells are typed text, escaped so a `|` or a line break cannot add or
/// drop a cell.
struct MarkdownTable {
    let headers: [String]

    func rendering(_ rows: [[String]]) -> String {
        let lines = [row(headers), "|" + String(repeating: "---|", count: headers.count)]
            + rows.map(row)
        return lines.joined(separator: "\n")
    }

    private func row(_ cells: [String]) -> String {
        let padded = (cells + Array(repeating: "", count: max(0, headers.count - cells.count))).prefix(headers.count)
        return "| " + padded.map(MarkdownEscaping.tableCell).joined(separator: " | ") + " |"
    }
}
