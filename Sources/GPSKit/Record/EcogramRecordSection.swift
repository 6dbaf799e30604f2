/// The ecogram in the decision record: the Mermaid diagram (drawn by GitHub, GitLab and many
/// Markdown viewers), its legend, what changed since the last picture, and a link to the SVG
/// when one was written beside the record.
struct EcogramRecordSection {
    let caseFile: CaseFile
    let texts: MessageTable
    let image: String?

    var markdown: String {
        let ecogram = Ecogram(case: caseFile)
        // Names only: the stakeholder table just above says who each one is.
        let mermaid = MermaidEcogramRenderer(texts: texts, showsRelations: false)
        var blocks = ["**" + MarkdownEscaping.inline(heading) + "**"]
        blocks.append("```mermaid\n" + mermaid.render(ecogram).trimmingTrailingNewlines + "\n```")
        if !ecogram.isEmpty { blocks.append(MermaidEcogramRenderer.legend(texts: texts, for: ecogram).joined(separator: "\n")) }
        if let previous = caseFile.previousEcogram {
            blocks.append(changes(since: previous))
        }
        if let image {
            blocks.append("![" + MarkdownEscaping.inline(texts(.ecogramSvgLink)) + "](" + MarkdownEscaping.link(image) + ")")
        }
        return blocks.joined(separator: "\n\n")
    }

    private var heading: String {
        guard let day = caseFile.ecograms.last?.day else { return texts(.ecogramTitle) }
        return texts(.ecogramAsOf, ["date": RecordDate(texts: texts).long(day)])
    }

    private func changes(since previous: EcogramSnapshot) -> String {
        let date = RecordDate(texts: texts).long(previous.day)
        let lines = EcogramChangeText(texts: texts).lines(EcogramChange.between(previous.stakeholders, caseFile.stakeholders))
        guard !lines.isEmpty else { return "*" + MarkdownEscaping.inline(texts(.ecogramNoChanges, ["date": date])) + "*" }
        return "*" + MarkdownEscaping.inline(texts(.ecogramChangesSince, ["date": date])) + "*\n\n"
            + lines.map { "- " + MarkdownEscaping.inline($0) }.joined(separator: "\n")
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
