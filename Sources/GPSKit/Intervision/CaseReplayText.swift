/// The case as the group reads it, one step of the method at a time, in plain text. Suspicions
/// are marked on every line, so none is read as a fact.
struct CaseReplayText {
    let route: Questionnaire
    let texts: MessageTable

    func step(_ step: Int, of caseFile: CaseFile) -> String {
        let blocks = route.orientations.filter { $0.step == step }.flatMap { orientation in
            orientation.questions.compactMap { question -> String? in
                guard let answer = caseFile.answers[question.id], !answer.isEmpty else { return nil }
                return block(question, answer)
            }
        }
        guard !blocks.isEmpty else { return texts(.intervisionNothingInStep) + "\n" }
        return blocks.joined()
    }

    private func block(_ question: Question, _ answer: Answer) -> String {
        let body = lines(question, answer).map { "    " + $0 }.joined(separator: "\n")
        return "  " + question.label.text(in: texts.language) + ":\n" + body + "\n"
    }

    private func lines(_ question: Question, _ answer: Answer) -> [String] {
        switch answer {
        case .text(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .list(let items):
            let mark = question.role == .suspicions ? "(\(texts(.suspicionMark))) " : ""
            return items.map { "- " + mark + $0 }
        case .choice(let choice):
            let labels = choice.selected.map { id in
                question.choices?.first { $0.id == id }?.label.text(in: texts.language) ?? id
            }
            return [(labels + choice.other).joined(separator: ", ")]
        case .yesNo(let value):
            return [texts(value ? .yes : .no)]
        case .stakeholders(let people):
            return StakeholderListText.lines(people, texts: texts)
        case .actions(let actions):
            return actions.map { action in "- " + [action.what, action.who, action.due].filter { !$0.isEmpty }.joined(separator: " — ") }
        }
    }
}
