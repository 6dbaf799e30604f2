/// The network for the group to read: each stakeholder with what is at stake for them, then
/// the text ecogram, which shows the ties and the direction of support at a glance.
enum StakeholderListText {
    static func lines(_ people: [Stakeholder], texts: MessageTable) -> [String] {
        let list = people.map { person in
            let who = [person.name, person.relation].filter { !$0.isEmpty }.joined(separator: ", ")
            let interest = person.interest.isEmpty ? "" : " — " + person.interest
            return "- \(who)\(interest)"
        }
        let ecogram = TextEcogramRenderer(texts: texts).render(Ecogram(stakeholders: people))
        return list + [""] + ecogram.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
