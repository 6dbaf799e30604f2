/// Builds the record's `<main>` from its Markdown blocks: the part before the first step is the
/// header, each `##` opens a section (a new page in print), the rule opens the footer.
struct HTMLRecordBody {
    /// The Mermaid legend under the diagram: the drawing has its own, so it is left out.
    let mermaidLegend: String
    let drawing: String

    private var output = ""
    private var container = "header"
    private var afterDrawing = false
    /// A bold label waits for the next block, so the drawing's label can be kept on its page.
    private var pendingLabel: String?

    init(mermaidLegend: String, drawing: String) {
        self.mermaidLegend = mermaidLegend
        self.drawing = drawing
        output = "<header>\n"
    }

    mutating func add(_ block: RecordMarkdownBlock, source: String) {
        let followsDrawing = afterDrawing
        afterDrawing = false
        if followsDrawing, case .list = block, source == mermaidLegend { return }
        let label = pendingLabel
        pendingLabel = nil
        if case .fence(let info, _) = block, info == "mermaid" {
            afterDrawing = true
            output += "<div class=\"drawing\">\n" + (label ?? "") + "<figure class=\"ecogram\">\n"
                + drawing.trimmingTrailingNewlines + "\n</figure>\n</div>\n"
            return
        }
        output += label ?? ""
        switch block {
        case .heading(let level, let text):
            if level == 2 { open("section") }
            output += "<h\(level)>" + inline(text) + "</h\(level)>\n"
        case .paragraph(let lines):
            let html = inline(lines.joined(separator: "\n"))
            if Self.isLabel(html) { pendingLabel = "<p class=\"label\">" + html + "</p>\n" } else { output += "<p>" + html + "</p>\n" }
        case .list(let items):
            output += "<ul>\n" + items.map { "<li>" + inline($0) + "</li>\n" }.joined() + "</ul>\n"
        case .quote(let lines):
            output += "<blockquote><p>" + inline(lines.joined(separator: "\n")) + "</p></blockquote>\n"
        case .table(let header, let rows):
            output += table(header: header, rows: rows)
        case .rule:
            open("footer")
            output += "<hr/>\n"
        case .fence(_, let body):
            output += "<pre><code>" + SVGWriter.escaped(body) + "</code></pre>\n"
        }
    }

    mutating func finish() -> String {
        output + (pendingLabel ?? "") + "</\(container)>\n"
    }

    private mutating func open(_ element: String) {
        output += "</\(container)>\n<\(element)>\n"
        container = element
    }

    /// A paragraph that is nothing but bold text labels what follows; print keeps them together.
    private static func isLabel(_ html: String) -> Bool {
        html.hasPrefix("<strong>") && html.hasSuffix("</strong>") && html.components(separatedBy: "<strong>").count == 2
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
