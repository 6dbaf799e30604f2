/// The record's section on professional secrecy: every finding that asks something of her in
/// full, in rule order (what GPS read, and from which answers); those in order on one line by
/// their rule ids ("G1 ×2" when a rule is in order more than once). A rule's statement is given
/// here only when the summary did not list it, and a finding that says the same of several
/// steps is said once ("Zo ook stap 5.").
struct FindingsSection {
    let texts: MessageTable

    func blocks(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        let words = FindingText(texts: texts)
        let stated = Set(RecordSummary.listedRules(findings))
        var items = StepFindingGroup.grouping(findings.filter { $0.level != .ok }).map { group in
            let finding = group.finding
            var text = "- **" + MarkdownEscaping.inline("\(finding.rule) — \(words.level(finding.level))") + ".** "
            if !stated.contains(finding.rule) { text += "*" + MarkdownEscaping.inline(words.rule(of: finding)) + ".* " }
            var message = words.message(of: finding)
            if let also = words.alsoSaid(of: group.otherSteps) { message += " " + also }
            return text + MarkdownEscaping.inline(message + " (" + words.basis(of: group.basis) + ")")
        }
        let inOrder = Self.counted(findings.filter { $0.level == .ok }.map(\.rule))
        if !inOrder.isEmpty {
            items.append("- **" + MarkdownEscaping.inline(texts(.recordFindingsInOrder)) + ":** " + MarkdownEscaping.inline(inOrder) + ".")
        }
        return [
            "## " + MarkdownEscaping.inline(texts(.recordFindingsHeading)),
            MarkdownEscaping.inline(texts(.recordFindingsIntro)),
            items.joined(separator: "\n"),
        ]
    }

    /// "G1 ×2, R2, R3": each rule once, in order, with how often when more than once.
    static func counted(_ rules: [String]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for rule in rules {
            if counts[rule] == nil { order.append(rule) }
            counts[rule, default: 0] += 1
        }
        return order.map { rule in counts[rule, default: 1] > 1 ? "\(rule) ×\(counts[rule, default: 1])" : rule }.joined(separator: ", ")
    }
}
