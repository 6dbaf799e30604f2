extension QuestionPrompter {
    func askText() -> Result {
        let previous = savedText
        if let previous { say(.keepPrevious, ["answer": previous]) }
        switch nextLine() {
        case .text(let text): return answerOrEmpty(.text(text.isEmpty ? previous ?? "" : text))
        case let reply: return interrupted(by: reply, partial: nil)
        }
    }

    func askMultiline() throws(CaseStoreError) -> Result {
        let previous = savedText
        say(.hintMultiline)
        if let previous { say(.keepPreviousMultiline, ["answer": previous]) }
        var lines: [String] = []
        while true {
            switch nextLine(lines.isEmpty ? "> " : "… ") {
            case .text(let line) where line.isEmpty:
                return answerOrEmpty(.text(lines.isEmpty ? previous ?? "" : lines.joined(separator: "\n")))
            case .text(let line):
                lines.append(line)
                try keepDraft(.text(lines.joined(separator: "\n")))
            case let reply:
                return interrupted(by: reply, partial: lines.isEmpty ? nil : .text(lines.joined(separator: "\n")))
            }
        }
    }

    private var savedText: String? {
        guard case .text(let text) = saved, !text.isEmpty else { return nil }
        return text
    }
}
