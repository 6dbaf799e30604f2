/// One answer in the record: its label in bold, then the answer in the form its kind needs.
struct AnswerBlock {
    let question: Question
    let answer: Answer
    let texts: MessageTable

    var markdown: String {
        "**" + MarkdownEscaping.inline(question.label.text(in: texts.language)) + "**\n\n" + body
    }

    private var body: String {
        switch answer {
        case .text(let text):
            MarkdownEscaping.paragraphs(text)
        case .list(let items):
            bullets(items)
        case .choice(let choice) where question.allowsMultipleChoices:
            bullets(labels(of: choice))
        case .choice(let choice):
            labels(of: choice).map(MarkdownEscaping.inline).joined(separator: "; ")
        case .yesNo(let value):
            MarkdownEscaping.inline(texts(value ? .yes : .no))
        case .stakeholders(let people):
            MarkdownTable(headers: [.columnWho, .columnRelation, .columnInterest, .columnExpects].map { texts($0) })
                .rendering(people.map { [$0.name, $0.relation, $0.interest, $0.expects] })
        case .actions(let actions):
            MarkdownTable(headers: [.columnWhat, .columnActor, .columnDue, .columnReview].map { texts($0) })
                .rendering(actions.map { [$0.what, $0.who, $0.due, $0.review.map { RecordDate(texts: texts).short($0) } ?? ""] })
        }
    }

    /// Suspicions are marked on every line, so none can be read as a fact out of context.
    private func bullets(_ items: [String]) -> String {
        let mark = question.role == .suspicions ? "*\(texts(.suspicionMark)):* " : ""
        return items.filter { !$0.allSatisfy(\.isWhitespace) }
            .map { "- " + mark + MarkdownEscaping.inline($0) }
            .joined(separator: "\n")
    }

    private func labels(of choice: ChoiceAnswer) -> [String] {
        let choices = question.choices ?? []
        let picked = choice.selected.map { id in
            choices.first { $0.id == id }?.label.text(in: texts.language) ?? id
        }
        return picked + choice.other
    }
}
