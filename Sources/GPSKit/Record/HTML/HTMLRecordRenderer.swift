/// The decision record as one self-contained, printable HTML file: the Markdown record turned
/// into XHTML-compatible markup, with inline CSS and the drawn ecogram instead of the Mermaid
/// block. No scripts, no links, nothing fetched; the same case gives the same bytes.
public struct HTMLRecordRenderer: Sendable {
    public let questionnaire: Questionnaire
    public let texts: MessageTable

    public init(questionnaire: Questionnaire, texts: MessageTable) {
        self.questionnaire = questionnaire
        self.texts = texts
    }

    /// See `MarkdownRecordRenderer.render(_:reasoning:)` for `reasoning`.
    public func render(_ caseFile: CaseFile, reasoning: CaseReasoning? = nil) -> String {
        // No image link: the drawing is inline, and the file must stand alone.
        let markdown = MarkdownRecordRenderer(questionnaire: questionnaire, texts: texts, ecogramImage: nil)
            .render(caseFile, reasoning: reasoning)
        let ecogram = Ecogram(case: caseFile)
        let drawing = SVGEcogramRenderer(texts: texts).render(ecogram)
        let legend = MermaidEcogramRenderer.legend(texts: texts, for: ecogram).joined(separator: "\n")
        var body = HTMLRecordBody(mermaidLegend: legend, drawing: drawing)
        for (block, source) in RecordMarkdownBlock.parse(markdown) { body.add(block, source: source) }
        let title = SVGWriter.escaped(texts(.recordTitle, ["title": MarkdownEscaping.flatten(caseFile.title)]))
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(texts.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(title)</title>
            <style>
            \(HTMLRecordStyle.css)</style>
            </head>
            <body>
            <main>
            \(body.finish())</main>
            </body>
            </html>

            """
    }
}
