/// The record's section on professional secrecy: one list item per finding, in rule order.
struct FindingsSection {
    let texts: MessageTable

    func blocks(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        let words = FindingText(texts: texts)
        let items = findings.map { finding in
            "- **" + MarkdownEscaping.inline("\(finding.rule) — \(words.level(finding.level))") + ".** *"
                + MarkdownEscaping.inline(words.rule(of: finding)) + ".* "
                + MarkdownEscaping.inline(words.message(of: finding) + " (" + words.basis(of: finding) + ")")
        }
        return [
            "## " + MarkdownEscaping.inline(texts(.recordFindingsHeading)),
            MarkdownEscaping.inline(texts(.recordFindingsIntro)),
            items.joined(separator: "\n"),
        ]
    }
}
