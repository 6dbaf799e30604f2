extension CaseFile {
    /// A copy with every piece of free text passed through `transform`: the title, text and
    /// list answers, values she added to a choice, every stakeholder and action field, in
    /// answers, drafts and earlier ecograms. Stakeholder names go through `name` instead, so a
    /// caller can treat a name differently from text that mentions it. Ids and dates stay.
    public func mappingFreeText(
        _ transform: (String, TextLocation) -> String,
        name: ((Stakeholder, TextLocation) -> String)? = nil
    ) -> CaseFile {
        withoutActuallyEscaping(transform) { transform in
            mapped(with: FreeTextMapper(transform: transform, name: name, people: stakeholders))
        }
    }

    private func mapped(with mapper: FreeTextMapper) -> CaseFile {
        var copy = self
        let transform = mapper.transform
        copy.title = transform(title, TextLocation(.title))
        // Sorted, so findings come out in the same order on every run.
        for id in answers.keys.sorted() { copy.answers[id] = mapper.map(answers[id]!, in: .answer(question: id)) }
        for id in drafts.keys.sorted() { copy.drafts[id] = mapper.map(drafts[id]!, in: .draft(question: id)) }
        copy.ecograms = ecograms.map { snapshot in
            EcogramSnapshot(
                day: snapshot.day, stakeholders: mapper.map(snapshot.stakeholders, in: .ecogram(day: snapshot.day)))
        }
        for provision in conditionJudgments.keys.sorted() {
            for condition in conditionJudgments[provision]!.keys.sorted() {
                let location = TextLocation(.conditions(provision: provision), field: condition)
                copy.conditionJudgments[provision]![condition]!.why = transform(conditionJudgments[provision]![condition]!.why, location)
            }
        }
        copy.intervisions = intervisions.map { mapper.map($0) }
        return copy
    }
}

private struct FreeTextMapper {
    let transform: (String, TextLocation) -> String
    let name: ((Stakeholder, TextLocation) -> String)?
    /// The case's stakeholders, whose names the steps refer to.
    let people: [Stakeholder]

    /// Everything said in a session; the participants' own names are left to the caller.
    func map(_ session: IntervisionSession) -> IntervisionSession {
        var copy = session
        let area = TextLocation.Area.intervision(day: session.day)
        for id in session.additions.keys.sorted() {
            copy.additions[id] = session.additions[id]!.enumerated().map { transform($1, TextLocation(area, item: $0 + 1, field: id)) }
        }
        copy.proposals = session.proposals.enumerated().map { index, proposal in
            var proposal = proposal
            proposal.decision = transform(proposal.decision, TextLocation(area, item: index + 1, field: "decision"))
            proposal.argument = transform(proposal.argument, TextLocation(area, item: index + 1, field: "argument"))
            return proposal
        }
        if var socratic = session.socratic {
            socratic.question = transform(socratic.question, TextLocation(area, field: "question"))
            socratic.whys = socratic.whys.enumerated().map { transform($1, TextLocation(area, item: $0 + 1, field: "why")) }
            copy.socratic = socratic
        }
        if var decision = session.ownerDecision {
            decision.decision = transform(decision.decision, TextLocation(area, field: "decision"))
            decision.argument = transform(decision.argument, TextLocation(area, field: "argument"))
            copy.ownerDecision = decision
        }
        return copy
    }

    func map(_ answer: Answer, in area: TextLocation.Area) -> Answer {
        switch answer {
        case .text(let text): .text(transform(text, TextLocation(area)))
        case .list(let items): .list(items.enumerated().map { transform($1, TextLocation(area, item: $0 + 1)) })
        case .choice(let choice):
            .choice(
                ChoiceAnswer(
                    selected: choice.selected,
                    other: choice.other.enumerated().map {
                        transform($1, TextLocation(area, item: $0 + 1, field: "other"))
                    }
                ))
        case .yesNo: answer
        case .stakeholders(let people): .stakeholders(map(people, in: area))
        case .actions(let items): .actions(items.enumerated().map { map($1, at: $0 + 1, in: area) })
        }
    }

    func map(_ people: [Stakeholder], in area: TextLocation.Area) -> [Stakeholder] {
        people.enumerated().map { index, person in
            var copy = person
            let at = { (field: String) in TextLocation(area, item: index + 1, field: field) }
            copy.name = name?(person, at("name")) ?? transform(person.name, at("name"))
            copy.relation = transform(person.relation, at("relation"))
            copy.interest = transform(person.interest, at("interest"))
            copy.expects = transform(person.expects, at("expects"))
            return copy
        }
    }

    private func map(_ item: ActionItem, at index: Int, in area: TextLocation.Area) -> ActionItem {
        var copy = item
        copy.what = transform(item.what, TextLocation(area, item: index, field: "what"))
        copy.who = transform(item.who, TextLocation(area, item: index, field: "who"))
        copy.due = transform(item.due, TextLocation(area, item: index, field: "due"))
        copy.participants = item.participants.map { person($0, at: TextLocation(area, item: index, field: "participants")) }
        copy.recipients = item.recipients.map { person($0, at: TextLocation(area, item: index, field: "recipients")) }
        return copy
    }

    /// A stakeholder named in a step, the way the stakeholder list names her.
    private func person(_ typed: String, at location: TextLocation) -> String {
        guard let name, let stakeholder = people.first(where: { $0.name == typed }) else { return transform(typed, location) }
        return name(stakeholder, location)
    }
}
