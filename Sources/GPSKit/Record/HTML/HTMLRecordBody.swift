/// Builds the record's `<main>` from its Markdown blocks: the part before the first step is the
/// header, each `##` opens a section (a new page in print), the rule opens the footer.
struct HTMLRecordBody {
    /// The Mermaid legend under the diagram: the drawing has its own, so it is left out.
    let mermaidLegend: String
    let drawing: String

    private var output = ""
    private var container = "header"
    private var afterDrawing = false

    init(mermaidLegend: String, drawing: String) {
        self.mermaidLegend = mermaidLegend
        self.drawing = drawing
        output = "<header>\n"
    }

    mutating func add(_ block: RecordMarkdownBlock, source: String) {
        let followsDrawing = afterDrawing
        afterDrawing = false
        if followsDrawing, case .list = block, source == mermaidLegend { return }
        switch block {
        case .heading(let level, let text):
            if level == 2 { open("section") }
            output += "<h\(level)>" + inline(text) + "</h\(level)>\n"
        case .paragraph(let lines):
            output += "<p>" + inline(lines.joined(separator: "\n")) + "</p>\n"
        case .list(let items):
            output += "<ul>\n" + items.map { "<li>" + inline($0) + "</li>\n" }.joined() + "</ul>\n"
        case .quote(let lines):
            output += "<blockquote><p>" + inline(lines.joined(separator: "\n")) + "</p></blockquote>\n"
        case .table(let header, let rows):
            output += table(header: header, rows: rows)
        case .rule:
            open("footer")
            output += "<hr/>\n"
        case .fence(let info, let body):
            output += fence(info: info, body: body)
        }
    }

    mutating func finish() -> String {
        output + "</\(container)>\n"
    }

    private mutating func open(_ element: String) {
        output += "</\(container)>\n<\(element)>\n"
        container = element
    }

    private mutating func fence(info: String, body: String) -> String {
        guard info == "mermaid" else {
            return "<pre><code>" + SVGWriter.escaped(body) + "</code></pre>\n"
        }
        afterDrawing = true
        return "<figure class=\"ecogram\">\n" + drawing.trimmingTrailingNewlines + "\n</figure>\n"
    }

    private func table(header: [String], rows: [[String]]) -> String {
        func row(_ cells: [String], _ tag: String) -> String {
            "<tr>" + cells.map { "<\(tag)>" + inline($0) + "</\(tag)>" }.joined() + "</tr>\n"
        }
        return "<table>\n<thead>\n" + row(header, "th") + "</thead>\n<tbody>\n"
            + rows.map { row($0, "td") }.joined() + "</tbody>\n</table>\n"
    }

    private func inline(_ markdown: String) -> String { RecordMarkdownInline.html(markdown) }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
