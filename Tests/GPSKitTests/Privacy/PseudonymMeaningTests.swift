import Testing

@testable import GPSKit

/// A pseudonym says who someone is relative to the client, and reads as Dutch where it stands.
/// Each case here was wrong in an export a new user made.
@Suite struct PseudonymMeaningTests {
    let nl = MessageTable.embedded(.nl)

    func pseudonymiser(_ people: [Stakeholder]) -> Pseudonymiser { Pseudonymiser(stakeholders: people, messages: nl) }

    @Test func aCompoundRoleIsThatRoleAndMijnIsNoName() {
        let people = [
            Stakeholder(name: "Mijn teamverantwoordelijke", relation: "bij de gezinszorg", category: .organisation)
        ]
        #expect(pseudonymiser(people).pseudonyms == ["de teamverantwoordelijke"])
        #expect(pseudonymiser(people).pseudonymise("Ik bel vandaag nog mijn moeder.") == "Ik bel vandaag nog mijn moeder.")
    }

    @Test func aRoleInTheNameWinsOverTheRoleOfSomeoneElse() {
        let people = [
            Stakeholder(name: "Nadia", relation: "mama, cliënt", category: .client),
            Stakeholder(name: "oma Rita", relation: "mama van Nadia", category: .household),
            Stakeholder(name: "de consulent", relation: "volgt Mila op in opdracht van de jeugdrechter", category: .society),
        ]
        #expect(pseudonymiser(people).pseudonyms == ["mama", "grootmoeder", "de consulent"])
    }

    @Test func theMotherOfAClientWhoIsAMotherIsTheGrandmother() {
        let people = [
            Stakeholder(name: "Nadia", relation: "mama, cliënt", category: .client),
            Stakeholder(name: "Rita", relation: "mama van Nadia", category: .household),
            Stakeholder(name: "Ilse", relation: "zus van Nadia", category: .household),
        ]
        #expect(pseudonymiser(people).pseudonyms == ["mama", "grootmoeder", "tante"])
    }

    @Test(arguments: [
        ("Ik had een gesprek met Ilse.", "Ik had een gesprek met de cliënt."),
        ("Ilse's vraag is helder.", "De vraag van de cliënt is helder."),
        ("Ilses huis is klein.", "Het huis van de cliënt is klein."),
        ("Zijn dochter Noor speelt.", "Zijn dochter speelt."),
        ("Ik sprak met dochter Noor.", "Ik sprak met de dochter."),
        ("Oma Rita komt.", "Grootmoeder komt."),
        ("Haar oma Rita komt.", "Haar grootmoeder komt."),
        ("Meneer Peeters belde.", "De huisbaas belde."),
        ("Gisteren belde Rita.", "Gisteren belde grootmoeder."),
        ("Het verhaal van Noor en Ilse.", "Het verhaal van de dochter en de cliënt."),
        ("Onderwerp: '<dringend> Ilse', zonder meer.", "Onderwerp: '<dringend> de cliënt', zonder meer."),
        ("De juf die Noor begeleidt.", "De juf die de dochter begeleidt."),
        ("Ze zei: 'Ilse weet het.' Noor zweeg.", "Ze zei: 'De cliënt weet het.' De dochter zweeg."),
    ])
    func pseudonymsReadAsDutch(text: String, expected: String) {
        let people = [
            Stakeholder(name: "Ilse", relation: "cliënt", category: .client),
            Stakeholder(name: "Noor", relation: "dochter", category: .household),
            Stakeholder(name: "oma Rita", category: .household),
            Stakeholder(name: "Jan Peeters", relation: "huisbaas", category: .services),
        ]
        #expect(pseudonymiser(people).pseudonymise(text) == expected)
    }

    @Test func inEnglishTheArticleIsTheAndAFallbackReadsAsItIs() {
        let people = [
            Stakeholder(name: "Ilse", relation: "", category: .client), Stakeholder(name: "Marc", relation: "", category: .informal),
        ]
        let english = Pseudonymiser(stakeholders: people, messages: .embedded(.en))
        #expect(english.pseudonymise("I met Ilse and Marc.") == "I met the client and someone close.")
    }

    @Test func aRoleSaidRightAfterTheNameIsNotSaidTwice() {
        let people = [Stakeholder(name: "Lies", relation: "mijn verantwoordelijke bij de dienst", category: .organisation)]
        #expect(pseudonymiser(people).pseudonymise("Lies, mijn verantwoordelijke, belde.") == "Mijn verantwoordelijke, belde.")
        #expect(pseudonymiser(people).pseudonymise("Ik belde Lies, mijn collega.") == "Ik belde de verantwoordelijke, mijn collega.")
    }

    @Test func aNameThatOnlyPointsAtSomeoneElseLeavesThatNameToItsOwner() {
        let people = [
            Stakeholder(name: "Dirk", relation: "papa, cliënt", category: .client),
            Stakeholder(name: "vrienden en klanten van Dirk", relation: "informeel netwerk", category: .informal),
            Stakeholder(name: "buren van Karel", relation: "", category: .informal),
        ]
        let pseudonymiser = pseudonymiser(people)
        #expect(pseudonymiser.pseudonymise("Een gesprek met Dirk.") == "Een gesprek met papa.")
        // Karel is no stakeholder himself: his name still goes.
        #expect(pseudonymiser.pseudonymise("Karel en zijn buren.") == "Naaste 2 en zijn buren.")
    }

    @Test(arguments: ["Chloe", "Chloé", "CHLOE", "chloë", "Chloés"])
    func aNameIsFoundWithOrWithoutItsAccents(spelling: String) {
        let people = [Stakeholder(name: "Chloé", relation: "dochter", category: .household)]
        let result = pseudonymiser(people).pseudonymise("Ik zag \(spelling) fiets niet.")
        #expect(!result.lowercased().contains("chlo"), "\(result)")
    }

    @Test func aColleagueOrServiceWithAPersonsNameIsFoundByItsParts() {
        let people = [
            Stakeholder(name: "Griet Janssens", relation: "maatschappelijk werker van het OCMW", category: .services),
            Stakeholder(name: "OCMW Gent", category: .services),
        ]
        let result = pseudonymiser(people).pseudonymise("Griet belde; mevrouw Janssens komt naar Gent.")
        #expect(result == "De maatschappelijk werker belde; de maatschappelijk werker komt naar Gent.")
    }
}
