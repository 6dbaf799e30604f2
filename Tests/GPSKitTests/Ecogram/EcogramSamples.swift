@testable import GPSKit

/// Stakeholders for the ecogram tests: Dutch names, every category, tie and direction.
enum EcogramSamples {
    static let names = [
        "Mama", "Papa", "Oma Jeanne", "Buurvrouw Rita", "Huisarts Dr. Vermeulen", "CLB", "School De Regenboog",
        "Thuisverpleging Wit-Gele Kruis", "Teamverantwoordelijke", "Jeugdrechter", "Politie", "Broer Kevin",
        "Voetbalclub", "OCMW Gent", "Kinesist", "Tante Marleen", "Collega Sofie", "Wijkagent", "Pleegzorg",
        "Mutualiteit", "Apotheker", "Zus Lotte", "Parochie", "Vertrouwensarts",
    ]

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
