extension QuestionPrompter {
    func askChoice() -> Result {
        let choices = question.choices ?? []
        for (offset, choice) in choices.enumerated() {
            console.write("  \(offset + 1). \(choice.label.text(in: texts.language))\n")
        }
        say(question.allowsMultipleChoices ? .hintChoiceMultiple : .hintChoiceSingle)
        if question.allowsOtherValues { say(.hintChoiceOther) }
        let proposal = saved == nil ? proposedChoice : nil
        if case .choice(let previous) = saved { say(.keepPrevious, ["answer": describe(previous)]) }
        if let proposal { console.write("    (" + texts(.defaultHint, ["value": describe(proposal)]) + ")\n") }
        while true {
            switch nextLine() {
            case .text(let line) where line.isEmpty:
                if case .choice(let previous) = saved { return .answer(.choice(previous)) }
                if let proposal { return .answer(.choice(proposal)) }
                return .empty
            case .text(let line):
                if let answer = ChoiceInput.parse(line, for: question, in: texts.language) {
                    return .answer(.choice(answer))
                }
                say(.invalidChoice, ["allowed": allowedChoices])
            case let reply:
                return interrupted(by: reply, partial: nil)
            }
        }
    }

    func askYesNo() -> Result {
        say(.hintYesNo)
        if case .yesNo(let previous) = saved { say(.keepPrevious, ["answer": texts(previous ? .yes : .no)]) }
        while true {
            switch nextLine() {
            case .text(let line) where line.isEmpty:
                if case .yesNo(let previous) = saved { return .answer(.yesNo(previous)) }
                return .empty
            case .text(let line):
                if let value = ChoiceInput.yesNo(line) { return .answer(.yesNo(value)) }
                say(.invalidYesNo)
            case let reply:
                return interrupted(by: reply, partial: nil)
            }
        }
    }

    /// What her answers so far already say; only the family-first question has one yet.
    private var proposedChoice: ChoiceAnswer? {
        guard question.role == .familyInformed, let id = known.familyFirstProposal,
            question.choices?.contains(where: { $0.id == id }) == true
        else { return nil }
        return ChoiceAnswer(selected: [id])
    }

    private var allowedChoices: String {
        let choices = question.choices ?? []
        return choices.enumerated()
            .map { "\($0.offset + 1) (\($0.element.label.text(in: texts.language)))" }
            .joined(separator: ", ")
    }

    private func describe(_ answer: ChoiceAnswer) -> String {
        let choices = question.choices ?? []
        let labels = answer.selected.compactMap { id in
            choices.first { $0.id == id }?.label.text(in: texts.language)
        }
        return (labels + answer.other).joined(separator: ", ")
    }
}
