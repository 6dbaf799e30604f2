/// Stakeholders and action items: several entries, each asked field by field. An empty first
/// field ends the list; `-2` drops entry 2. Before every field the entry so far is saved with
/// that field as the place to resume, so a stop anywhere loses nothing and `gps verder` asks
/// exactly the field she had not answered yet.
extension QuestionPrompter {
    /// One sub-prompt of an entry: the key saved as the place to resume, when it is asked, and
    /// how; it returns the reply that interrupted it.
    struct Field<Entry> {
        var key: String
        var applies: (Entry) -> Bool = { _ in true }
        var ask: (inout Entry) -> Reply?
    }

    func askStakeholders() throws(CaseStoreError) -> Result {
        var people: [Stakeholder] = []
        if case .stakeholders(let saved) = saved { people = saved }
        if !resumes(at: Self.confidingSteps) {
            let listed = try askEntries(
                &people, fields: stakeholderFields, hint: .hintStakeholders, first: .stakeholderName, wrap: Answer.stakeholders,
                show: { [$0.name, $0.relation].filter { !$0.isEmpty }.joined(separator: " — ") },
                start: { Stakeholder(name: $0) })
            guard case .answer(.stakeholders(let finished)) = listed else { return listed }
            people = finished
        }
        if let reply = try askConfiding(&people) { return interrupted(by: reply, partial: .stakeholders(people)) }
        return .answer(.stakeholders(people))
    }

    func askActions() throws(CaseStoreError) -> Result {
        var actions: [ActionItem] = []
        if case .actions(let saved) = saved { actions = saved }
        return try askEntries(
            &actions, fields: actionFields, hint: .hintActions, first: .actionWhat, wrap: Answer.actions,
            show: { [$0.what, $0.who, $0.due].filter { !$0.isEmpty }.joined(separator: " — ") },
            start: { ActionItem(what: $0) })
    }

    private var stakeholderFields: [Field<Stakeholder>] {
        [
            textField("relation", .stakeholderRelation, \.relation), textField("interest", .stakeholderInterest, \.interest),
            textField("expects", .stakeholderExpects, \.expects),
        ] + ecogramFields
    }

    private var actionFields: [Field<ActionItem>] {
        [
            textField("who", .actionWho, \.who), textField("due", .actionDue, \.due),
            Field(key: "review", ask: askReview),
            Field(key: "participants", applies: { _ in !known.stakeholders.isEmpty }, ask: askParticipants),
            Field(key: "recipients", applies: { _ in !known.stakeholders.isEmpty }, ask: askRecipients),
            Field(key: "ground", ask: askGround),
        ]
    }

    private func textField<Entry>(_ key: String, _ prompt: MessageKey, _ path: WritableKeyPath<Entry, String>) -> Field<Entry> {
        Field(key: key) { entry in
            say(prompt)
            switch nextLine("  > ") {
            case .text(let text):
                entry[keyPath: path] = text
                return nil
            case let reply: return reply
            }
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

    /// The loop shared by both kinds: a new entry starts with its first field, the rest follow
    /// one by one, each saved before the next is asked; an entry she stopped inside goes on at
    /// the field she stopped at.
    private func askEntries<Entry>(
        _ entries: inout [Entry], fields: [Field<Entry>], hint: MessageKey, first: MessageKey, wrap: ([Entry]) -> Answer,
        show: (Entry) -> String, start: (String) -> Entry
    ) throws(CaseStoreError) -> Result {
        if let resume, let index = resume.entry, index == entries.count - 1, fields.contains(where: { $0.key == resume.step }) {
            var entry = entries.removeLast()
            say(.resumeInsideEntry, ["entry": show(entry)])
            if let reply = try askFields(fields, of: &entry, from: resume.step, after: entries, wrap: wrap) {
                return interrupted(by: reply, partial: wrap(entries + [entry]))
            }
            entries.append(entry)
            try keep(wrap(entries))
        }
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
                } else {
                    var entry = start(line)
                    if let reply = try askFields(fields, of: &entry, from: nil, after: entries, wrap: wrap) {
                        return interrupted(by: reply, partial: wrap(entries + [entry]))
                    }
                    entries.append(entry)
                }
                try keep(wrap(entries))
                if isFull(entries.count) { return answerOrEmpty(wrap(entries)) }
            case let reply:
                return interrupted(by: reply, partial: entries.isEmpty ? nil : wrap(entries))
            }
        }
    }

    /// The fields from `start` on (all when nil), each saved as the place to resume before it is asked.
    private func askFields<Entry>(
        _ fields: [Field<Entry>], of entry: inout Entry, from start: String?, after entries: [Entry], wrap: ([Entry]) -> Answer
    ) throws(CaseStoreError) -> Reply? {
        let first = start.flatMap { key in fields.firstIndex { $0.key == key } } ?? 0
        for field in fields[first...] where field.applies(entry) {
            try keep(wrap(entries + [entry]), step: field.key, entry: entries.count)
            if let reply = field.ask(&entry) { return reply }
        }
        return nil
    }

    static let confidingSteps: Set<String> = ["confided", "askedSilence"]
}
