/// One answer in the record: its label in bold, then the answer in the form its kind needs.
struct AnswerBlock {
    let question: Question
    let answer: Answer
    let texts: MessageTable
    var reasoning: CaseReasoning?

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
                .rendering(people.map { [$0.name, $0.relation, $0.interest, $0.expects] }) + confiding(people)
        case .actions(let actions):
            MarkdownTable(
                headers: [.columnWhat, .columnActor, .columnDue, .columnReview, .columnWith, .columnTold, .columnGround].map { texts($0) }
            )
            .rendering(actions.enumerated().map { offset, action in
                [
                    action.what, action.who, action.due, action.review.map { RecordDate(texts: texts).short($0) } ?? "",
                    action.participants.joined(separator: ", "), action.recipients.joined(separator: ", "), ground(of: offset + 1, action),
                ]
            })
        }
    }

    /// Who confided and who asked for silence, under the table.
    private func confiding(_ people: [Stakeholder]) -> String {
        let lines = [
            (MessageKey.recordConfided, people.filter(\.confided)), (.recordAskedSilence, people.filter(\.askedSilence)),
        ].compactMap { key, marked -> String? in
            marked.isEmpty ? nil : "- **" + MarkdownEscaping.inline(texts(key)) + ":** " + MarkdownEscaping.inline(marked.map(\.name).joined(separator: ", "))
        }
        return lines.isEmpty ? "" : "\n\n" + lines.joined(separator: "\n")
    }

    /// "gedeeld beroepsgeheim: open"; the ground alone where no verdict applies.
    private func ground(of step: Int, _ action: ActionItem) -> String {
        guard let id = action.ground else { return "" }
        let label = GroundCatalogue.embedded.ground(id)?.label.text(in: texts.language) ?? id
        guard let outcome = reasoning?.steps.first(where: { $0.step == step })?.outcome else { return label }
        return label + ": " + VerdictText(texts: texts).word(outcome)
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
