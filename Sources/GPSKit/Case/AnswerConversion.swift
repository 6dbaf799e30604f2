/// Turns one raw JSON answer into an `Answer` of the kind its question takes.
struct AnswerConversion {
    let question: Question

    func answer(from value: JSONValue) -> Result<Answer, AnswersFileProblem> {
        let wrongType = AnswersFileProblem.wrongType(question: question.id, expected: question.kind)
        switch question.kind {
        case .text, .multiline:
            return value.string.map { .success(.text($0)) } ?? .failure(wrongType)
        case .list:
            return value.strings.map { .success(.list($0)) } ?? .failure(wrongType)
        case .yesNo:
            guard case .bool(let flag) = value else { return .failure(wrongType) }
            return .success(.yesNo(flag))
        case .choice:
            return choice(from: value).map(Answer.choice)
        case .stakeholders:
            return entries(value, decode: stakeholder).map(Answer.stakeholders)
        case .actions:
            return entries(value, decode: action).map(Answer.actions)
        }
    }

    private func choice(from value: JSONValue) -> Result<ChoiceAnswer, AnswersFileProblem> {
        let values: [String]
        if let single = value.string {
            values = [single]
        } else if let several = value.strings, question.allowsMultipleChoices {
            values = several
        } else {
            return .failure(.wrongType(question: question.id, expected: .choice))
        }
        if values.count > 1, !question.allowsMultipleChoices { return .failure(.tooManyChoices(question: question.id)) }
        let ids = Set((question.choices ?? []).map(\.id))
        var answer = ChoiceAnswer(selected: [])
        for item in values {
            if ids.contains(item) {
                answer.selected.append(item)
            } else if question.allowsOtherValues {
                answer.other.append(item)
            } else {
                return .failure(.unknownChoice(question: question.id, value: item))
            }
        }
        return .success(answer)
    }

    private func entries<Entry>(
        _ value: JSONValue, decode: ([String: JSONValue], Int) -> Result<Entry, AnswersFileProblem>
    ) -> Result<[Entry], AnswersFileProblem> {
        guard case .array(let items) = value else { return .failure(.wrongType(question: question.id, expected: question.kind)) }
        var entries: [Entry] = []
        for (index, item) in items.enumerated() {
            guard case .object(let fields) = item else { return .failure(.wrongType(question: question.id, expected: question.kind)) }
            switch decode(fields, index + 1) {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(entries)
    }

    private func stakeholder(_ fields: [String: JSONValue], _ number: Int) -> Result<Stakeholder, AnswersFileProblem> {
        var textFields = fields
        let familyKnows = textFields.removeValue(forKey: "familyKnows")
        let confided = textFields.removeValue(forKey: "confided")
        let askedSilence = textFields.removeValue(forKey: "askedSilence")
        let keys: Set<String> = ["name", "relation", "interest", "expects", "category", "tie", "support", "context"]
        return checked(textFields, keys: keys, number: number, first: "name").flatMap { text in
            let field = EntryField(question: question.id, entry: number, text: text)
            guard let knows = flag(familyKnows), let confided = flag(confided), let askedSilence = flag(askedSilence) else {
                return .failure(.wrongType(question: question.id, expected: question.kind))
            }
            return field.option("category", StakeholderCategory.self).flatMap { category in
                field.option("tie", Tie.self).flatMap { tie in
                    field.option("support", SupportDirection.self).flatMap { support in
                        field.option("context", HelpContext.self).map { context in
                            Stakeholder(
                                name: text["name"] ?? "", relation: text["relation"] ?? "",
                                interest: text["interest"] ?? "", expects: text["expects"] ?? "",
                                category: category, tie: tie, support: support, context: context, familyKnows: knows,
                                confided: confided ?? false, askedSilence: askedSilence ?? false)
                        }
                    }
                }
            }
        }
    }

    private func action(_ fields: [String: JSONValue], _ number: Int) -> Result<ActionItem, AnswersFileProblem> {
        var textFields = fields
        var people: [String: [String]] = [:]
        for key in ["participants", "recipients", "sharesWith"] {
            switch textFields.removeValue(forKey: key) {
            case nil, .null?: continue
            case let value?:
                guard let names = value.strings else { return .failure(.wrongType(question: question.id, expected: question.kind)) }
                people[key] = names
            }
        }
        let keys: Set<String> = ["what", "who", "due", "review", "ground"]
        return checked(textFields, keys: keys, number: number, first: "what").flatMap { text in
            var review: CaseDay?
            if let typed = text["review"], !typed.isEmpty {
                guard let day = CaseDay(parsing: typed) else {
                    return .failure(.invalidDate(field: "\(question.id)[\(number)].review", value: typed))
                }
                review = day
            }
            let ground = text["ground"].flatMap { $0.isEmpty ? nil : $0 }
            let known = GroundCatalogue.embedded.ids
            if let ground, !known.contains(ground) {
                return .failure(.unknownGround(question: question.id, entry: number, value: ground, known: known))
            }
            return .success(
                ActionItem(
                    what: text["what"] ?? "", who: text["who"] ?? "", due: text["due"] ?? "", review: review,
                    participants: people["participants"] ?? [],
                    recipients: people["recipients"] ?? people["sharesWith"] ?? [], ground: ground))
        }
    }

    /// An optional yes/no field: nil inside when absent, nil outside when not a boolean.
    private func flag(_ value: JSONValue?) -> Bool?? {
        switch value {
        case nil, .null?: .some(nil)
        case .bool(let flag)?: .some(flag)
        default: nil
        }
    }

    /// All fields known and strings, and the first (the name, or what to do) not empty.
    private func checked(
        _ fields: [String: JSONValue], keys: Set<String>, number: Int, first: String
    ) -> Result<[String: String], AnswersFileProblem> {
        var text: [String: String] = [:]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            guard keys.contains(key) else {
                return .failure(.unknownEntryField(question: question.id, entry: number, field: key))
            }
            guard let string = value.string else {
                return .failure(.wrongType(question: question.id, expected: question.kind))
            }
            text[key] = string
        }
        guard let name = text[first], !name.allSatisfy(\.isWhitespace) else {
            return .failure(.missingName(question: question.id, entry: number))
        }
        return .success(text)
    }
}

/// One field of one entry, read as one of a fixed set of values written by their ids.
private struct EntryField {
    let question: String
    let entry: Int
    let text: [String: String]

    func option<Option: RawRepresentable & CaseIterable>(_ name: String, _ type: Option.Type) -> Result<Option?, AnswersFileProblem>
    where Option.RawValue == String {
        guard let typed = text[name], !typed.isEmpty else { return .success(nil) }
        guard let value = Option(rawValue: typed) else {
            let allowed = Option.allCases.map(\.rawValue)
            return .failure(.unknownEntryValue(question: question, entry: entry, field: name, value: typed, allowed: allowed))
        }
        return .success(value)
    }
}
