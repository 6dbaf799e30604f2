import Testing

@testable import GPSKit

/// Tried as a new user would: "Nu de voorwaarden van art. 458, art. 458bis, Gezamenlijk
/// beroepsgeheim overlopen?" read as a list with a title in it. Inside a sentence a framework
/// starts lower-case and the last name follows "en".
@Suite struct ProvisionNamesInSentenceTests {
    static let rulebook = try! Rulebook.embedded()

    func provisions(_ ids: [String]) throws -> [Provision] {
        try ids.map { id in try #require(Self.rulebook.provision(id: id)) }
    }

    @Test func aFrameworkStartsLowerCaseAndTheLastNameFollowsEn() throws {
        let facts = ProvisionFacts(rulebook: Self.rulebook, texts: .embedded(.nl))
        let joint = try #require(Self.rulebook.provisions.first { $0.oldNumber.value == nil && $0.title.value.nl.hasPrefix("Gezamenlijk") })
        let list = facts.sentenceList(try provisions(["art-458", "art-458bis"]) + [joint])
        #expect(list == "art. 458, art. 458bis en gezamenlijk beroepsgeheim")
        #expect(facts.sentenceList(try provisions(["art-458"])) == "art. 458")
        let english = ProvisionFacts(rulebook: Self.rulebook, texts: .embedded(.en)).sentenceList(try provisions(["art-458", "art-458bis"]))
        #expect(english == "art. 458 and art. 458bis")
    }
}
