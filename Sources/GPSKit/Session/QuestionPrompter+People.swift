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
    /// from her facts and from what each expects of her.
    func askConfiding(_ people: inout [Stakeholder]) -> Reply? {
        let proposal = ConfidingProposal(stakeholders: people, facts: known.facts, signals: .embedded)
        let marked = people.contains { $0.confided || $0.askedSilence }
        showPeople(people)
        let confidants = marked ? people.filter(\.confided).map(\.name) : proposal.confidants.map { people[$0].name }
        switch askPeople(.stakeholderConfided, among: people, proposal: confidants) {
        case .success(let names): for index in people.indices { people[index].confided = names.contains(people[index].name) }
        case .failure(let interruption): return interruption.reply
        }
        let askers = marked ? people.filter(\.askedSilence).map(\.name) : proposal.silenceAskers.map { people[$0].name }
        switch askPeople(.stakeholderAskedSilence, among: people, proposal: askers) {
        case .success(let names): for index in people.indices { people[index].askedSilence = names.contains(people[index].name) }
        case .failure(let interruption): return interruption.reply
        }
        return nil
    }

    /// With whom the step happens and who learns something, each proposed from her words.
    func askStepPeople(of action: inout ActionItem) -> Reply? {
        let people = known.stakeholders
        guard !people.isEmpty else { return nil }
        let proposer = StepPeople(stakeholders: people)
        showPeople(people)
        switch askPeople(.actionParticipants, among: people, proposal: proposer.participants(of: action)) {
        case .success(let names): action.participants = names
        case .failure(let interruption): return interruption.reply
        }
        switch askPeople(.actionRecipients, among: people, proposal: proposer.recipients(among: action.participants)) {
        case .success(let names): action.recipients = names
        case .failure(let interruption): return interruption.reply
        }
        return nil
    }
}
