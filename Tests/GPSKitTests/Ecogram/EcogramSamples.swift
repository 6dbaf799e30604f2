@testable import GPSKit

/// Stakeholders for the ecogram tests: Dutch names, every category, tie and direction.
enum EcogramSamples {
    static let names = [
        "Mama", "Papa", "Oma Jeanne", "Buurvrouw Rita", "Huisarts Dr. Vermeulen", "CLB", "School De Regenboog",
        "Thuisverpleging Wit-Gele Kruis", "Teamverantwoordelijke", "Jeugdrechter", "Politie", "Broer Kevin",
        "Voetbalclub", "OCMW Gent", "Kinesist", "Tante Marleen", "Collega Sofie", "Wijkagent", "Pleegzorg",
        "Mutualiteit", "Apotheker", "Zus Lotte", "Parochie", "Vertrouwensarts",
    ]

    /// A Flemish family around Sam, as a caregiver might enter it.
    static let family = Ecogram(stakeholders: [
        Stakeholder(name: "Sam", relation: "zoon, 9 jaar", category: .client),
        Stakeholder(name: "Mama", relation: "moeder", category: .household, tie: .stressful, support: .both),
        Stakeholder(name: "Papa", relation: "vader", category: .household, tie: .broken, support: SupportDirection.neither),
        Stakeholder(name: "Oma Jeanne", relation: "grootmoeder", category: .informal, tie: .strong, support: .toClient, familyKnows: true),
        Stakeholder(name: "Buurvrouw Rita", relation: "buur", category: .informal, tie: .weak, support: .toClient, familyKnows: false),
        Stakeholder(name: "Voetbalclub KFC Zwijnaarde", relation: "hobby", category: .informal, tie: .strong, support: .fromClient),
        Stakeholder(name: "Huisarts Dr. Vermeulen", relation: "huisarts", category: .services, tie: .weak, support: .toClient, context: .voluntary, familyKnows: true),
        Stakeholder(name: "CLB", relation: "school", category: .services, tie: .stressful, support: .both, context: .voluntary, familyKnows: true),
        Stakeholder(name: "Thuisverpleging Wit-Gele Kruis", relation: "verpleging oma", category: .services, tie: .weak, support: SupportDirection.neither, context: .voluntary),
        Stakeholder(name: "Teamverantwoordelijke", relation: "mijn leidinggevende", category: .organisation, tie: .strong, support: SupportDirection.neither, context: .voluntary, familyKnows: false),
        Stakeholder(name: "Jeugdrechter", relation: "dossier 2025", category: .society, tie: .stressful, support: .toClient, context: .forced, familyKnows: true),
        Stakeholder(name: "Politie", relation: "wijkagent", category: .society, tie: .broken, support: SupportDirection.neither, context: .forced, familyKnows: false),
        Stakeholder(name: "Vertrouwenscentrum Kindermishandeling", relation: "advies", category: .society, tie: .weak, support: .fromClient, context: .voluntary, familyKnows: false),
    ])

    /// `count` stakeholders spread over the sectors (or all in `only`), with mixed ties and support.
    static func stakeholders(
        _ count: Int, only: StakeholderCategory? = nil, name: (Int) -> String = { names[$0 % names.count] }
    ) -> [Stakeholder] {
        (0..<count).map { index in
            let category = only ?? StakeholderCategory.sectors[(index * 7 + index / 3) % StakeholderCategory.sectors.count]
            return Stakeholder(
                name: name(index), relation: "relatie \(index)", category: category,
                tie: Tie.allCases[index % Tie.allCases.count],
                support: SupportDirection.allCases[(index / 2) % SupportDirection.allCases.count],
                context: index % 3 == 0 ? .forced : (index % 3 == 1 ? .voluntary : nil),
                familyKnows: index % 2 == 0 ? true : (index % 5 == 1 ? false : nil))
        }
    }

    static func ecogram(_ count: Int, only: StakeholderCategory? = nil, name: @escaping (Int) -> String = { names[$0 % names.count] }) -> Ecogram {
        Ecogram(stakeholders: [Stakeholder(name: "Sam", category: .client)] + stakeholders(count, only: only, name: name))
    }
}
