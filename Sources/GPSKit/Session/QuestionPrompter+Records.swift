/// Stakeholders and action items: several entries, each asked field by field. An empty first
/// field ends the list; `-2` drops entry 2; every finished entry is kept at once.
extension QuestionPrompter {
    func askStakeholders() throws(CaseStoreError) -> Result {
        var people: [Stakeholder] = []
        if case .stakeholders(let saved) = saved { people = saved }
        let listed = try listStakeholders(&people)
        guard case .answer(.stakeholders(var finished)) = listed else { return listed }
        if let reply = askConfiding(&finished) { return interrupted(by: reply, partial: .stakeholders(finished)) }
        return .answer(.stakeholders(finished))
    }

    private func listStakeholders(_ people: inout [Stakeholder]) throws(CaseStoreError) -> Result {
        try askEntries(
            &people, hint: .hintStakeholders, first: .stakeholderName, wrap: Answer.stakeholders,
            show: { [$0.name, $0.relation].filter { !$0.isEmpty }.joined(separator: " — ") }
        ) { name, entries in
            var person = Stakeholder(name: name)
            let fields: [(MessageKey, WritableKeyPath<Stakeholder, String>)] = [
                (.stakeholderRelation, \.relation), (.stakeholderInterest, \.interest),
                (.stakeholderExpects, \.expects),
            ]
            for (key, path) in fields {
                say(key)
                switch nextLine("  > ") {
                case .text(let text): person[keyPath: path] = text
                case let reply: return interrupted(by: reply, partial: .stakeholders(entries + [person]))
                }
            }
            person = Stakeholder(name: person.name, relation: person.relation, interest: person.interest, expects: person.expects)
            if let reply = askEcogramFields(of: &person) {
                return interrupted(by: reply, partial: .stakeholders(entries + [person]))
            }
            entries.append(person)
            return nil
        }
    }

    func askActions() throws(CaseStoreError) -> Result {
        var actions: [ActionItem] = []
        if case .actions(let saved) = saved { actions = saved }
        return try askEntries(
            &actions, hint: .hintActions, first: .actionWhat, wrap: Answer.actions,
            show: { [$0.what, $0.who, $0.due].filter { !$0.isEmpty }.joined(separator: " — ") }
        ) { what, entries in
            var action = ActionItem(what: what)
            for (key, path) in [(MessageKey.actionWho, \ActionItem.who), (.actionDue, \.due)] {
                say(key)
                switch nextLine("  > ") {
                case .text(let text): action[keyPath: path] = text
                case let reply: return interrupted(by: reply, partial: .actions(entries + [action]))
                }
            }
            for ask in [askReview, askStepPeople, askGround] {
                if let reply = ask(&action) { return interrupted(by: reply, partial: .actions(entries + [action])) }
            }
            entries.append(action)
            return nil
        }
    }

    /// The review date; an empty line means none. Returns the reply that interrupted it.
    private func askReview(of action: inout ActionItem) -> Reply? {
        while true {
            say(.actionReview)
            switch nextLine("  > ") {
            case .text(let text) where text.isEmpty: return nil
            case .text(let text):
                if let day = CaseDay(parsing: text) {
                    action.review = day
                    return nil
                }
                say(.invalidDate, ["text": text])
            case let reply: return reply
            }
        }
    }

    /// The loop shared by both kinds. `askRest` asks the remaining fields of one entry and
    /// appends it, or returns the result that interrupted it.
    private func askEntries<Entry>(
        _ entries: inout [Entry], hint: MessageKey, first: MessageKey, wrap: ([Entry]) -> Answer,
        show: (Entry) -> String, askRest: (String, inout [Entry]) -> Result?
    ) throws(CaseStoreError) -> Result {
        say(hint)
        showNumbered(entries.map(show))
        while true {
            say(first)
            switch nextLine() {
            case .text(let line) where line.isEmpty:
                return answerOrEmpty(wrap(entries))
            case .text(let line):
                if let index = removalIndex(line, count: entries.count) {
                    say(.itemRemoved, ["item": show(entries.remove(at: index))])
                } else if let interruption = askRest(line, &entries) {
                    return interruption
                }
                try keepDraft(wrap(entries))
            case let reply:
                return interrupted(by: reply, partial: entries.isEmpty ? nil : wrap(entries))
            }
        }
    }
}
