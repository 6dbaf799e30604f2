/// Who a step involves, proposed from what she typed: the stakeholders named in "who", and in
/// "what" after a word such as "met" or "bij", take part; of those, everyone but the person who
/// confided (or, when nobody is marked so, the client) learns something.
struct StepPeople {
    let stakeholders: [Stakeholder]

    func participants(of action: ActionItem) -> [String] {
        let mentions = StakeholderMentions(stakeholders)
        var people = mentions.people(in: action.who)
        for person in mentions.people(in: action.what, onlyAfterCue: true) where !people.contains(person) {
            people.append(person)
        }
        return people.map { stakeholders[$0].name }
    }

    func recipients(among participants: [String]) -> [String] {
        let confiders = stakeholders.filter(\.confided).map(\.name)
        let own = confiders.isEmpty ? stakeholders.filter { $0.category == .client }.map(\.name) : confiders
        return participants.filter { !own.contains($0) }
    }

    /// A step written before participants existed: "shares with" becomes the recipients, and
    /// the participants are those it named plus the family members it shared with.
    func migrated(_ action: ActionItem) -> ActionItem {
        var action = action
        var people = participants(of: action)
        let family = stakeholders.filter { [.client, .household].contains($0.category) }.map(\.name)
        for name in action.recipients where family.contains(name) && !people.contains(name) { people.append(name) }
        action.participants = people
        return action
    }
}
