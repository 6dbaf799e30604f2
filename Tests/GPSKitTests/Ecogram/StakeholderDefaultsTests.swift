import Foundation
import Testing

@testable import GPSKit

/// The defaults that let Enter do the work: a category guessed from the words she typed,
/// and the tie and support usual for that category.
@Suite struct StakeholderDefaultsTests {
    @Test(arguments: [
        ("Ilse", "de cliënt, mama van Lucas", StakeholderCategory.client),
        ("Kevin", "partner van Ilse", .household),
        ("Nele", "zus van Ilse", .household),
        ("Jef", "vriend van mama", .household),
        ("Rita", "buurvrouw", .informal),
        ("de huisarts", "dokter van het gezin", .services),
        ("CLB", "begeleidt Mila op school", .services),
        ("Griet", "mijn verantwoordelijke bij de dienst gezinszorg", .organisation),
        ("consulent", "sociale dienst van de jeugdrechtbank", .society),
        ("wijkagent", "", .society),
        ("Mrs Peters", "neighbour", .informal),
        ("Sam", "", .informal),
    ])
    func theCategoryIsGuessedFromNameAndRelation(name: String, relation: String, expected: StakeholderCategory) {
        #expect(Stakeholder(name: name, relation: relation).category == expected)
    }

    @Test func theUsualTieAndSupportFollowTheCategory() {
        let partner = Stakeholder(name: "Kevin", relation: "partner")
        #expect(partner.tie == .strong && partner.support == .both)
        let school = Stakeholder(name: "school")
        #expect(school.tie == .weak && school.support == .toClient)
    }

    @Test func aCaseSavedBeforeTheEcogramGetsTheSameDefaults() throws {
        let json = #"{"name": "Griet", "relation": "mijn verantwoordelijke"}"#
        let decoded = try JSONDecoder().decode(Stakeholder.self, from: Data(json.utf8))
        #expect(decoded == Stakeholder(name: "Griet", relation: "mijn verantwoordelijke"))
        #expect(decoded.category == .organisation && decoded.context == nil && decoded.familyKnows == nil)
    }

    @Test func onlyPartiesOutsideTheFamilyAreAskedAboutContextAndKnowing() {
        #expect(!Stakeholder(name: "Mama", category: .client).isOutsideTheFamily)
        #expect(!Stakeholder(name: "Oma", category: .household).hasHelpContext)
        #expect(Stakeholder(name: "Buur", category: .informal).isOutsideTheFamily)
        #expect(!Stakeholder(name: "Buur", category: .informal).hasHelpContext)
        #expect(Stakeholder(name: "OCMW", category: .services).hasHelpContext)
    }

    @Test func theThreePartiesOfB9AreVisibleInTheModel() {
        #expect(StakeholderCategory.informal.party == .clientSystem)
        #expect(StakeholderCategory.organisation.party == .organisation)
        #expect(StakeholderCategory.society.party == .society)
        #expect(Set(StakeholderCategory.allCases.map(\.party)) == Set(Party.allCases))
    }
}
