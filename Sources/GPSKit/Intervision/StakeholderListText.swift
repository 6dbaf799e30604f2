/// The network as lines of plain text for the group to read. A stand-in for the text ecogram
/// renderer: when that exists, this is the one place to call it instead.
enum StakeholderListText {
    static func lines(_ people: [Stakeholder], texts: MessageTable) -> [String] {
        people.map { person in
            let who = [person.name, person.relation].filter { !$0.isEmpty }.joined(separator: ", ")
            let place = [texts(person.category.name), texts(person.tie.name)].joined(separator: ", ")
            let interest = person.interest.isEmpty ? "" : " — " + person.interest
            return "- \(who) (\(place))\(interest)"
        }
    }
}
