/// The findings as plain text for `gps toets`: a heading, one block per finding, a count.
public struct TextFindingsRenderer: Sendable {
    public let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public func render(_ findings: [Finding], title: String) -> String {
        let words = FindingText(texts: texts)
        var lines = [texts(.checkHeading, ["title": title]), ""]
        for finding in findings {
            lines.append("\(finding.rule) · \(words.level(finding.level)) · \(words.rule(of: finding))")
            lines.append("  " + words.message(of: finding))
            lines.append("  (" + words.basis(of: finding) + ")")
        }
        let count = { (level: FindingLevel) in String(findings.filter { $0.level == level }.count) }
        lines.append("")
        lines.append(texts(.checkSummary, ["problems": count(.problem), "attention": count(.attention), "toCheck": count(.toCheck)]))
        return lines.joined(separator: "\n") + "\n"
    }
}
