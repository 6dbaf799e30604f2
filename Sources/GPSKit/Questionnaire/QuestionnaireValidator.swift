import Foundation

/// Checks one resolved questionnaire and collects every problem with its question id.
struct QuestionnaireValidator {
    let file: String

    func problems(in questionnaire: Questionnaire) -> [QuestionnaireProblem] {
        var problems: [QuestionnaireProblem] = []
        var seen: Set<String> = []
        if questionnaire.source.nl.isEmpty || questionnaire.source.en.isEmpty {
            problems.append(.missingSource(file: file))
        }
        if questionnaire.questions.isEmpty { problems.append(.noQuestions(file: file)) }
        for orientation in questionnaire.orientations {
            problems += emptyTexts(["title": orientation.title, "intro": orientation.intro], at: orientation.id)
        }
        for question in questionnaire.questions {
            if !seen.insert(question.id).inserted {
                problems.append(.duplicateQuestion(file: file, question: question.id))
            }
            problems += self.problems(in: question)
            if let askIf = question.askIf, !Self.canAsk(askIf, before: question, in: questionnaire) {
                problems.append(.invalidAskIf(file: file, question: question.id, after: askIf.question))
            }
        }
        return problems
    }

    private func problems(in question: Question) -> [QuestionnaireProblem] {
        var problems: [QuestionnaireProblem] = []
        if !Self.isValidID(question.id) {
            problems.append(.invalidQuestionID(file: file, question: question.id))
        }
        for cover in question.covers where !MethodItem.isQuestionID(cover) {
            problems.append(.invalidCover(file: file, question: question.id, cover: cover))
        }
        let texts = ["label": question.label, "prompt": question.prompt, "help": question.help]
        problems += emptyTexts(texts, at: question.id)
        problems += choiceProblems(in: question)
        return problems
    }

    private func choiceProblems(in question: Question) -> [QuestionnaireProblem] {
        let choices = question.choices ?? []
        guard question.kind == .choice else {
            let hasChoiceFields = !choices.isEmpty || question.multiple != nil || question.allowOther != nil
            return hasChoiceFields ? [.unexpectedChoices(file: file, question: question.id)] : []
        }
        var problems: [QuestionnaireProblem] = []
        if choices.count < 2 { problems.append(.missingChoices(file: file, question: question.id)) }
        var seen: Set<String> = []
        for choice in choices {
            if !seen.insert(choice.id).inserted || !Self.isValidID(choice.id) {
                problems.append(.duplicateChoice(file: file, question: question.id, choice: choice.id))
            }
            problems += emptyTexts(["choice \(choice.id)": choice.label], at: question.id)
        }
        return problems
    }

    /// `askIf` names an earlier yes/no question, or an earlier choice question and one of its choices.
    static func canAsk(_ askIf: AskIf, before question: Question, in questionnaire: Questionnaire) -> Bool {
        let questions = questionnaire.questions
        guard let index = questions.firstIndex(where: { $0.id == question.id }),
            let earlier = questions[..<index].first(where: { $0.id == askIf.question })
        else { return false }
        switch askIf.value {
        case .yesNo: return earlier.kind == .yesNo
        case .choice(let id): return earlier.kind == .choice && (earlier.choices ?? []).contains { $0.id == id }
        }
    }

    private func emptyTexts(_ texts: [String: LocalizedText], at place: String) -> [QuestionnaireProblem] {
        texts.sorted { $0.key < $1.key }.flatMap { field, text in
            [("nl", text.nl), ("en", text.en)]
                .filter { $0.1.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
                .map { .emptyText(file: file, question: place, field: "\(field).\($0.0)") }
        }
    }

    /// Lower-case letters, digits and single hyphens, starting with a letter: safe as a JSON key,
    /// a file name part and a shell word.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasSuffix("-") && !id.contains("--")
    }
}
