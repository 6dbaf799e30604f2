import Foundation

/// Reads what she typed at a choice question: numbers, choice ids or labels, separated by
/// commas; and, where the question allows it, values of her own.
enum ChoiceInput {
    static func parse(_ line: String, for question: Question, in language: Language) -> ChoiceAnswer? {
        let choices = question.choices ?? []
        let tokens = line.split(whereSeparator: { ",;".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !tokens.isEmpty, question.allowsMultipleChoices || tokens.count == 1 else { return nil }
        var answer = ChoiceAnswer(selected: [])
        for token in tokens {
            if let choice = match(token, in: choices, language: language) {
                if !answer.selected.contains(choice.id) { answer.selected.append(choice.id) }
            } else if question.allowsOtherValues, Int(token) == nil {
                if !answer.other.contains(token) { answer.other.append(token) }
            } else {
                return nil
            }
        }
        return answer
    }

    /// A 1-based number, an id, or a label in either language, ignoring case.
    static func match(_ token: String, in choices: [Choice], language: Language) -> Choice? {
        if Int(token) != nil {
            return TypedNumber.index(token, count: choices.count).map { choices[$0] }
        }
        let wanted = token.lowercased()
        return choices.first {
            $0.id == wanted || $0.label.nl.lowercased() == wanted || $0.label.en.lowercased() == wanted
        }
    }

    /// `ja`, `j`, `yes`, `y` and `nee`, `n`, `no`, in any case.
    static func yesNo(_ line: String) -> Bool? {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja", "j", "yes", "y": true
        case "nee", "n", "no": false
        default: nil
        }
    }
}
