/// The short route's way of asking the two long questions: a person per line ("Kevin, partner
/// van Ilse"), a step per line ("Gesprek met Ilse - ik - donderdag"); everything else a person
/// or step needs is GPS's proposal, shown back once, to be completed in the full route.
extension QuestionPrompter {
    func askStakeholdersBriefly() throws(CaseStoreError) -> Result {
        var people: [Stakeholder] = []
        if case .stakeholders(let saved) = saved { people = saved }
        if resumes(at: Self.confidingSteps) {
            if let reply = try askConfiding(&people) { return interrupted(by: reply, partial: .stakeholders(people)) }
            return .answer(.stakeholders(people))
        }
        say(.briefStakeholders)
        showNumbered(people.map(\.name))
        while true {
            switch nextLine() {
            case .text(let line) where line.isEmpty:
                guard !people.isEmpty else { return .empty }
                return try endStakeholders(&people)
            case .text(let line):
                if let index = removalIndex(line, count: people.count) {
                    say(.itemRemoved, ["item": people.remove(at: index).name])
                } else {
                    people.append(BriefEntry.stakeholder(line))
                }
                try keep(.stakeholders(people))
                if isFull(people.count) { return try endStakeholders(&people) }
            case let reply:
                return interrupted(by: reply, partial: people.isEmpty ? nil : .stakeholders(people))
            }
        }
    }

    /// The people read back, then who confided in her.
    private func endStakeholders(_ people: inout [Stakeholder]) throws(CaseStoreError) -> Result {
        say(.briefStakeholdersRead, ["people": people.map(readBack).joined(separator: " · ")])
        if let reply = try askConfiding(&people) { return interrupted(by: reply, partial: .stakeholders(people)) }
        return .answer(.stakeholders(people))
    }

    func askActionsBriefly() throws(CaseStoreError) -> Result {
        var actions: [ActionItem] = []
        if case .actions(let saved) = saved { actions = saved }
        say(.briefActions)
        showNumbered(actions.map(\.what))
        while true {
            switch nextLine() {
            case .text(let line) where line.isEmpty:
                guard !actions.isEmpty else { return .empty }
                return endActions(actions)
            case .text(let line):
                if let index = removalIndex(line, count: actions.count) {
                    say(.itemRemoved, ["item": actions.remove(at: index).what])
                } else {
                    actions.append(proposedPeopleAndGround(for: BriefEntry.action(line)))
                }
                try keep(.actions(actions))
                if isFull(actions.count) { return endActions(actions) }
            case let reply:
                return interrupted(by: reply, partial: actions.isEmpty ? nil : .actions(actions))
            }
        }
    }

    /// The steps read back, each with what GPS proposed for it.
    private func endActions(_ actions: [ActionItem]) -> Result {
        for (offset, action) in actions.enumerated() { console.write("  \(offset + 1). " + readBack(action) + "\n") }
        return .answer(.actions(actions))
    }

    /// With whom, who learns something and on what ground, as GPS would propose them.
    private func proposedPeopleAndGround(for action: ActionItem) -> ActionItem {
        var action = action
        let people = StepPeople(stakeholders: known.stakeholders)
        action.participants = people.participants(of: action)
        action.recipients = people.recipients(among: action.participants)
        let told = CaseEvidence.told(in: action, stakeholders: known.stakeholders)
        let recipients = told.compactMap { name in known.stakeholders.first { $0.name == name } }
        action.ground = GroundProposal(
            catalogue: .embedded, signals: .embedded, acuteDanger: known.acuteDanger == true, selfHarm: known.selfHarm
        ).ground(for: recipients)?.id
        return action
    }

    /// "Kevin: gezin en familie"
    private func readBack(_ person: Stakeholder) -> String {
        person.name + ": " + texts(person.category.name)
    }

    /// "Gesprek met Ilse (met Ilse)" or "Bellen (vertelt de huisarts iets; grond: toestemming…)"
    private func readBack(_ action: ActionItem) -> String {
        var parts: [String] = []
        let names = { (people: [String]) in SentenceName.list(people, language: texts.language) }
        if !action.participants.isEmpty { parts.append(texts(.briefWith, ["names": names(action.participants)])) }
        if !action.recipients.isEmpty { parts.append(texts(.briefTells, ["names": names(action.recipients)])) }
        if let ground = action.ground.flatMap(GroundCatalogue.embedded.ground) {
            parts.append(texts(.briefGround, ["ground": ground.label.text(in: texts.language)]))
        }
        return action.what + (parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")")
    }
}

/// One line of the short route's lists read as a person or a step.
enum BriefEntry {
    /// "Kevin, partner van Ilse": the name, then who the person is to the client. A party of
    /// justice, or one whose words say forced help, gets forced help; other contexts stay unknown.
    static func stakeholder(_ line: String) -> Stakeholder {
        let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        var person = Stakeholder(name: parts[0], relation: parts.count > 1 ? parts[1] : "")
        let words = person.name + ". " + person.relation
        if person.hasHelpContext, person.category == .society || !TextSignals.embedded.hits(.forcedHelp, in: words).isEmpty {
            person.context = .forced
        }
        return person
    }

    /// "Gesprek met Ilse - ik - donderdag": what, then who and by when after a dash.
    static func action(_ line: String) -> ActionItem {
        var parts: [String] = []
        var rest = Substring(line)
        while let dash = [" - ", " – ", " — "].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
            parts.count < 2
        {
            parts.append(rest[..<dash.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[dash.upperBound...]
        }
        parts.append(rest.trimmingCharacters(in: .whitespaces))
        return ActionItem(what: parts[0], who: parts.count > 1 ? parts[1] : "", due: parts.count > 2 ? parts[2] : "")
    }
}
