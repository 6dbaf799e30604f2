@testable import GPSKit

/// Ecograms shared by the renderer tests.
enum EcogramFixtures {
    /// A home-care situation as a caregiver would enter it: ten people around Maria.
    static let tenPeople = Ecogram(stakeholders: [
        Stakeholder(name: "Maria", relation: "cliënt, 84 jaar", category: .client),
        Stakeholder(name: "Jef", relation: "echtgenoot", category: .household, tie: .stressful, support: .both),
        Stakeholder(name: "Annemie", relation: "dochter", category: .household, tie: .strong, support: .toClient),
        Stakeholder(name: "Kristof", relation: "zoon, woont in Antwerpen", category: .household, tie: .broken, support: SupportDirection.neither),
        Stakeholder(name: "Buurvrouw Rita", relation: "doet boodschappen", category: .informal, tie: .strong, support: .toClient, familyKnows: true),
        Stakeholder(name: "Pastoor", relation: "", category: .informal, tie: .weak, support: SupportDirection.neither, familyKnows: false),
        Stakeholder(
            name: "Thuisverpleging Wit-Gele Kruis Oost-Vlaanderen, team Zottegem", relation: "wondzorg en insuline",
            category: .services, tie: .strong, support: .toClient, context: .voluntary, familyKnows: true),
        Stakeholder(name: "Huisarts dr. Van den Broeck", relation: "huisarts", category: .services, tie: .weak, support: .toClient, context: .voluntary, familyKnows: true),
        Stakeholder(name: "Mijn teamverantwoordelijke", relation: "coach", category: .organisation, tie: .weak, support: .fromClient, context: .voluntary, familyKnows: false),
        Stakeholder(name: "Vrederechter", relation: "bewindvoering", category: .society, tie: .stressful, support: .fromClient, context: .forced, familyKnows: true),
    ])

    static func person(_ name: String, _ category: StakeholderCategory = .informal, tie: Tie = .weak, support: SupportDirection = SupportDirection.neither) -> Stakeholder {
        Stakeholder(name: name, relation: "", category: category, tie: tie, support: support)
    }

    /// Every tie with every support direction, spread over the sectors: 16 people and a client.
    static let everyStyle = Ecogram(
        stakeholders: [Stakeholder(name: "Client", category: .client)]
            + Tie.allCases.flatMap { tie in
                SupportDirection.allCases.enumerated().map { index, support in
                    person("\(tie.rawValue)-\(support.rawValue)", StakeholderCategory.sectors[index % 5], tie: tie, support: support)
                }
            })

    /// `count` people cycling through sectors, ties and supports, for "dot accepts it" checks.
    static func sized(_ count: Int) -> Ecogram {
        Ecogram(
            stakeholders: (0..<count).map { index in
                person(
                    "Persoon \(index)", StakeholderCategory.allCases[index % 6], tie: Tie.allCases[index % 4],
                    support: SupportDirection.allCases[(index / 4) % 4])
            })
    }
}
