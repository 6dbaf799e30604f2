extension QuestionPrompter {
    func askText() -> Result {
        let previous = savedText
        if let previous { say(.keepPrevious, ["answer": previous]) }
        switch nextLine(editable: { previous ?? "" }) {
        case .text(let text): return answerOrEmpty(.text(text.isEmpty ? previous ?? "" : text))
        case .edited(let text): return answerOrEmpty(.text(text))
        case let reply: return interrupted(by: reply, partial: nil)
        }
    }

    /// Lines until an empty one; each line is saved as it comes, and a stop mid-answer goes on
    /// writing after the lines she gave.
    func askMultiline() throws(CaseStoreError) -> Result {
        let previous = savedText
        var lines: [String] = []
        if resumes(at: ["lines"]), let previous {
            say(.resumeLines)
            console.write(previous + "\n")
            lines = previous.components(separatedBy: "\n")
        } else {
            say(.hintMultiline)
            if let previous { say(.keepPreviousMultiline, ["answer": previous]) }
        }
        while true {
            let soFar = lines
            switch nextLine(lines.isEmpty ? "> " : "… ", editable: { soFar.isEmpty ? previous ?? "" : soFar.joined(separator: "\n") }) {
            case .edited(let text):
                return answerOrEmpty(.text(text))
            case .text(let line) where line.isEmpty:
                return answerOrEmpty(.text(lines.isEmpty ? previous ?? "" : lines.joined(separator: "\n")))
            case .text(let line):
                lines.append(line)
                let text = lines.joined(separator: "\n")
                try keep(.text(text), step: "lines")
                if isFull(text: text) { return answerOrEmpty(.text(text)) }
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
