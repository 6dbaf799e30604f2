/// The decision record: the case in the order of the method, as GitHub-flavoured Markdown.
/// Everything comes from the case (never the clock), so the same case gives the same bytes.
public struct MarkdownRecordRenderer: Sendable {
    public let questionnaire: Questionnaire
    public let texts: MessageTable
    /// Where the drawn ecogram lies, relative to the record, when it was written beside it.
    public let ecogramImage: String?

    public init(questionnaire: Questionnaire, texts: MessageTable, ecogramImage: String? = nil) {
        self.questionnaire = questionnaire
        self.texts = texts
        self.ecogramImage = ecogramImage
    }

    /// The record of `caseFile`. `reasoning` is what GPS concluded from the real case; pass it
    /// when rendering a changed copy (the anonymous export), so the findings stay those of the
    /// case she made. Without it, it is computed from `caseFile`.
    public func render(_ caseFile: CaseFile, reasoning: CaseReasoning? = nil) -> String {
        guard let rulebook = try? Rulebook.embedded() else { return "" }
        let reasoning = reasoning ?? CaseReasoning(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook)
        var blocks = [header(caseFile)]
        blocks.append(RecordSummary(caseFile: caseFile, questionnaire: questionnaire, reasoning: reasoning, texts: texts, rulebook: rulebook).markdown)
        for orientation in questionnaire.orientations {
            let answered = orientation.questions.compactMap { question -> String? in
                guard question.role != .keyQuestion, let answer = caseFile.answers[question.id], !answer.isEmpty
                else { return nil }
                let block = AnswerBlock(question: question, answer: answer, texts: texts, reasoning: reasoning).markdown
                if question.role == .norms, let law = LawRecordSection(caseFile: caseFile, reasoning: reasoning, texts: texts, rulebook: rulebook).markdown {
                    return block + "\n\n" + law
                }
                guard question.kind == .stakeholders else { return block }
                let ecogram = EcogramRecordSection(caseFile: caseFile, texts: texts, image: ecogramImage).markdown
                return block + "\n\n" + ecogram
            }
            guard !answered.isEmpty else { continue }
            let title = texts(.recordStepHeading, [
                "step": String(orientation.step), "title": orientation.title.text(in: texts.language),
            ])
            blocks.append("## " + MarkdownEscaping.inline(title))
            blocks += answered
        }
        if let intervisions = IntervisionSection(route: questionnaire, guide: Self.intervisionGuide, texts: texts).markdown(caseFile) {
            blocks.append(intervisions)
        }
        blocks += FindingsSection(texts: texts).blocks(reasoning.findings)
        blocks.append(footer)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The title, the case's date and its route; the key question and what is still open head
    /// the summary.
    private func header(_ caseFile: CaseFile) -> String {
        var lines = ["# " + MarkdownEscaping.inline(texts(.recordTitle, ["title": caseFile.title]))]
        lines.append("")
        lines.append("- **\(texts(.recordCaseDate)):** " + MarkdownEscaping.inline(RecordDate(texts: texts).long(caseFile.date)))
        lines.append("- **\(texts(.recordRoute)):** " + MarkdownEscaping.inline(questionnaire.title.text(in: texts.language)))
        return lines.joined(separator: "\n")
    }

    /// The guide whose labels head the group's additions; compiled in, like the routes.
    static let intervisionGuide: Questionnaire? = try? QuestionnaireLibrary.embedded().intervisionGuide

    private var footer: String {
        [
            "---",
            "",
            "*\(texts(.recordSource)):* " + MarkdownEscaping.inline(questionnaire.source.text(in: texts.language)),
            "",
            "*" + MarkdownEscaping.inline(texts(.recordNotLegalAdvice)) + "*",
        ].joined(separator: "\n")
    }
}
