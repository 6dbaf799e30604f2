/// The ground GPS proposes for a step, from the people it tells (Enter accepts it): the
/// prosecutor suggests 458bis, the own organisation shared secrecy, a doctor consent, the
/// emergency number necessity or, in acute danger, the duty to help.
struct GroundProposal {
    let catalogue: GroundCatalogue
    let signals: TextSignals
    let acuteDanger: Bool
    let selfHarm: Bool

    /// The proposal for the first recipient any rule fits, trying the recipients in order.
    func ground(for recipients: [Stakeholder]) -> Ground? {
        for person in recipients {
            if let id = proposal(for: person), let ground = catalogue.ground(id) { return ground }
        }
        return nil
    }

    private func proposal(for person: Stakeholder) -> String? {
        let words = person.name + ". " + person.relation
        let rule = catalogue.proposals.first { rule in
            if let signal = rule.signal, let kind = TextSignals.Kind(rawValue: signal) {
                return !signals.hits(kind, in: words).isEmpty
            }
            return rule.categories?.contains(person.category) ?? false
        }
        guard let rule else { return nil }
        if selfHarm, let id = rule.inSelfHarm { return id }
        if acuteDanger, let id = rule.inAcuteDanger { return id }
        return rule.ground
    }
}
