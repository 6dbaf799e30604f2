/// Questions answered with people from the stakeholder list, by number: who confided, who
/// asked for silence, with whom a step happens, who learns something. Enter takes the proposal
/// shown, "-" means nobody.
extension QuestionPrompter {
    /// Her pick, or the reply that interrupted it.
    func askPeople(
        _ prompt: MessageKey, _ arguments: [String: String] = [:], among people: [Stakeholder], proposal: [String]
    ) -> Swift.Result<[String], Interruption> {
        let hint = proposal.isEmpty ? texts(.peopleHintNobody) : texts(.peopleHintProposal, ["proposal": proposal.joined(separator: ", ")])
        while true {
            say(prompt, arguments)
            console.write("    (" + hint + ")\n")
            switch nextLine("  > ") {
            case .text(let text) where text.isEmpty: return .success(proposal)
            case .text("-"): return .success([])
            case .text(let text):
                if let names = PeopleInput.names(text, from: people) { return .success(names) }
                say(.invalidPeople, ["text": text, "count": String(people.count)])
            case let reply: return .failure(Interruption(reply: reply))
            }
        }
    }

    /// The list once, on one line per few people, so the numbers can be read off.
    func showPeople(_ people: [Stakeholder]) {
        let items = people.enumerated().map { "\($0.offset + 1)\u{00A0}\($0.element.name)" }
        console.write("    " + items.joined(separator: " · ") + "\n")
    }

    /// After the stakeholders: who confided in her and who asked her to keep silent, proposed
    /// from her facts and from what each expects of her; each saved before the next is asked.
    func askConfiding(_ people: inout [Stakeholder]) throws(CaseStoreError) -> Reply? {
        let proposal = ConfidingProposal(stakeholders: people, facts: known.facts, signals: .embedded)
        if !resumes(at: ["askedSilence"]) {
            try keep(.stakeholders(people), step: "confided")
            showPeople(people)
            let confidants = people.contains(where: \.confided)
                ? people.filter(\.confided).map(\.name) : proposal.confidants.map { people[$0].name }
            switch askPeople(.stakeholderConfided, among: people, proposal: confidants) {
            case .success(let names): for index in people.indices { people[index].confided = names.contains(people[index].name) }
            case .failure(let interruption): return interruption.reply
            }
        }
        try keep(.stakeholders(people), step: "askedSilence")
        if resumes(at: ["askedSilence"]) { showPeople(people) }
        let askers = people.contains(where: \.askedSilence)
            ? people.filter(\.askedSilence).map(\.name) : proposal.silenceAskers.map { people[$0].name }
        switch askPeople(.stakeholderAskedSilence, among: people, proposal: askers) {
        case .success(let names): for index in people.indices { people[index].askedSilence = names.contains(people[index].name) }
        case .failure(let interruption): return interruption.reply
        }
        return nil
    }

    /// With whom the step happens, proposed from her words.
    func askParticipants(of action: inout ActionItem) -> Reply? {
        let people = known.stakeholders
        showPeople(people)
        switch askPeople(.actionParticipants, among: people, proposal: StepPeople(stakeholders: people).participants(of: action)) {
        case .success(let names):
            action.participants = names
            return nil
        case .failure(let interruption): return interruption.reply
        }
    }

    /// Who learns something through the step: those it happens with, but the person it is about.
    func askRecipients(of action: inout ActionItem) -> Reply? {
        let people = known.stakeholders
        switch askPeople(.actionRecipients, among: people, proposal: StepPeople(stakeholders: people).recipients(among: action.participants)) {
        case .success(let names):
            action.recipients = names
            return nil
        case .failure(let interruption): return interruption.reply
        }
    }
}
