import Foundation
import Testing

@testable import GPSKit

@Suite struct PseudonymiserTests {
    let nl = MessageTable.embedded(.nl)

    var family: [Stakeholder] {
        [
            Stakeholder(name: "Ilse (29)", relation: "moeder", category: .client),
            Stakeholder(name: "Jan Peeters", relation: "partner van Ilse", category: .household),
            Stakeholder(name: "Tom", relation: "oudste kind", category: .household),
            Stakeholder(name: "Lien", relation: "jongste kind", category: .household),
            Stakeholder(name: "Hoop", relation: "buurvrouw", category: .informal),
            Stakeholder(name: "Sint-Jozefschool", relation: "school van Tom", category: .services),
            Stakeholder(name: "OCMW", category: .services),
            Stakeholder(name: "Marc", relation: "", category: .informal),
        ]
    }

    var pseudonymiser: Pseudonymiser { Pseudonymiser(stakeholders: family, messages: nl) }

    @Test func pseudonymsComeFromTheRelationAndAreNumberedWhenShared() {
        #expect(
            pseudonymiser.pseudonyms
                == ["moeder", "partner", "kind 1", "kind 2", "buurvrouw", "de school", "het OCMW", "naaste"]
        )
        #expect(Pseudonymiser(stakeholders: family, messages: .embedded(.en)).pseudonyms.last == "someone close")
    }

    @Test func theSameListAlwaysGivesTheSamePseudonyms() {
        #expect(Pseudonymiser(stakeholders: family, messages: nl).pseudonyms == pseudonymiser.pseudonyms)
    }

    @Test func categoryWordsAreNumberedWhenSeveralPeopleHaveNoRole() {
        let people = [
            Stakeholder(name: "Mieke", category: .household), Stakeholder(name: "Karel", category: .household),
            Stakeholder(name: "De Ark", category: .services),
        ]
        #expect(
            Pseudonymiser(stakeholders: people, messages: nl).pseudonyms == ["gezinslid 1", "gezinslid 2", "dienst"])
    }

    @Test(arguments: [
        ("Ilse belde gisteren.", "Moeder belde gisteren."),
        ("Gisteren belde ilse en daarna ILSE opnieuw.", "Gisteren belde moeder en daarna moeder opnieuw."),
        ("Ik sprak met Ilse (29) over Tom.", "Ik sprak met moeder (29) over kind 1."),
        ("Jans fiets staat buiten.", "De fiets van de partner staat buiten."),
        ("Jan's auto en Ilse's tas.", "De auto van de partner en de tas van moeder."),
        ("Tomke speelt met Lientje.", "Kind 1 speelt met kind 2."),
        ("Jan Peeters en meneer Peeters zijn dezelfde.", "De partner en de partner zijn dezelfde."),
        ("J. Peeters tekende.", "De partner tekende."),
        ("Janssens en Jansen zijn andere mensen; Ilsebet ook.", "Janssens en Jansen zijn andere mensen; Ilsebet ook."),
        ("Jan-Willem is een neef.", "Jan-Willem is een neef."),
        ("De Sint-Jozefschool belde; sint-jozefschool mailde.", "De school belde; de school mailde."),
        ("Sint-Jozefschool belde.", "De school belde."),
        ("Marc en Marcel", "De naaste en Marcel"),
    ])
    func namesAreReplacedOnWordBoundariesAcrossCaseAndInflections(text: String, expected: String) {
        #expect(pseudonymiser.pseudonymise(text) == expected)
    }

    @Test(arguments: [
        ("Hoop kwam langs met soep.", "De buurvrouw kwam langs met soep."),
        ("Ik denk dat Hoop het weet.", "Ik denk dat de buurvrouw het weet."),
        ("Hoops hond blafte.", "De hond van de buurvrouw blafte."),
        ("Ik hoop dat het lukt.", "Ik hoop dat het lukt."),
        ("Er is hoop, zei ze; hopen is goed.", "Er is hoop, zei ze; hopen is goed."),
        ("ik hoop dat Hoop komt", "ik hoop dat de buurvrouw komt"),
    ])
    func aNameThatIsACommonWordIsReplacedOnlyWithACapital(text: String, expected: String) {
        #expect(pseudonymiser.pseudonymise(text) == expected)
    }

    @Test func otherCommonWordNamesBehaveTheSame() {
        let people = [
            Stakeholder(name: "Zon", relation: "dochter", category: .household),
            Stakeholder(name: "Wil", relation: "vader", category: .household),
            Stakeholder(name: "Roos", relation: "oma", category: .household),
        ]
        let pseudonymiser = Pseudonymiser(stakeholders: people, messages: nl)
        #expect(pseudonymiser.pseudonymise("De zon scheen; ik wil een roos.") == "De zon scheen; ik wil een roos.")
        #expect(pseudonymiser.pseudonymise("Zon, Wil en Roos aten samen.") == "De dochter, vader en grootmoeder aten samen.")
    }

    @Test(arguments: [
        ("I. kwam niet opdagen.", "Moeder kwam niet opdagen."),
        ("Gesprek met I., T. en L.; ", "Gesprek met moeder, kind 1 en kind 2; "),
        ("Ondertekend: J.P. en I.", "Ondertekend: de partner en I."),
        ("Zo zei I. Toen ging ik.", "Zo zei I. Toen ging ik."),
        ("M. kwam ook.", "De naaste kwam ook."),
        ("K. kwam ook.", "K. kwam ook."),
        ("S. belde", "S. belde"),
    ])
    func initialsAreReplacedOnlyWhenClearAndUnambiguous(text: String, expected: String) {
        #expect(pseudonymiser.pseudonymise(text) == expected)
    }

    @Test func anInitialSharedByTwoPeopleIsLeftAlone() {
        let people = [
            Stakeholder(name: "Ilse", relation: "moeder", category: .household),
            Stakeholder(name: "Ivan", relation: "vader", category: .household),
        ]
        #expect(Pseudonymiser(stakeholders: people, messages: nl).pseudonymise("I. kwam langs.") == "I. kwam langs.")
    }

    @Test func peopleWhoShareANameKeepTheirOwnPseudonymsAndTheSharedNameShowsBoth() {
        let people = [
            Stakeholder(name: "Jan Peeters", relation: "vader", category: .household),
            Stakeholder(name: "Jan", relation: "zoon", category: .household),
            Stakeholder(name: "Jan Peeters", relation: "vader", category: .household),
        ]
        let pseudonymiser = Pseudonymiser(stakeholders: people, messages: nl)
        #expect(pseudonymiser.pseudonyms == ["vader", "zoon"])
        #expect(pseudonymiser.pseudonym(for: people[1]) == "zoon")
        #expect(pseudonymiser.pseudonymise("Jan Peeters zag Jan.") == "Vader zag vader/zoon.")
    }

    @Test func aWholeCaseIsPseudonymisedAndTheOriginalValueIsUnchanged() throws {
        var file = CaseFile(
            id: try #require(CaseID("2026-11-20-a3f")), title: "Ilse en de ruzie met Jan", route: "kort",
            date: try #require(CaseDay(year: 2026, month: 11, day: 20)), now: Date(timeIntervalSince1970: 0)
        )
        file.answers["O1"] = .text("Ilse belde me om 22u: Jan had Tom geslagen.")
        file.answers["O2"] = .list(["Jans woede", "Hoop hoorde het"])
        file.answers["O3"] = .stakeholders(family)
        file.answers["O4"] = .choice(ChoiceAnswer(selected: ["melden"], other: ["eerst met Ilse praten"]))
        file.answers["P1"] = .actions([ActionItem(what: "Bel de school van Tom", who: "Ilse", due: "vrijdag")])
        file.drafts["O5"] = .text("Lien is bang van Jan.")
        file.ecograms = [
            EcogramSnapshot(
                day: try #require(CaseDay(year: 2026, month: 11, day: 1)), stakeholders: Array(family.prefix(2)))
        ]
        let before = file
        let encodedBefore = try CaseCoding.encode(file)

        let result = Pseudonymiser(case: file, messages: nl).pseudonymise(file)

        #expect(file == before)
        #expect(try CaseCoding.encode(file) == encodedBefore)
        #expect(result.title == "Moeder en de ruzie met de partner")
        #expect(result.answers["O1"] == .text("Moeder belde me om 22u: de partner had kind 1 geslagen."))
        #expect(result.answers["O2"] == .list(["De woede van de partner", "De buurvrouw hoorde het"]))
        #expect(result.answers["O4"] == .choice(ChoiceAnswer(selected: ["melden"], other: ["eerst met moeder praten"])))
        #expect(
            result.answers["P1"]
                == .actions([ActionItem(what: "Bel de school van kind 1", who: "Moeder", due: "vrijdag")]))
        #expect(result.drafts["O5"] == .text("Kind 2 is bang van de partner."))
        guard case .stakeholders(let people) = result.answers["O3"] else {
            Issue.record("no stakeholders")
            return
        }
        #expect(people.map(\.name) == pseudonymiser.pseudonyms)
        #expect(people[1].relation == "partner van moeder")
        #expect(result.ecograms[0].stakeholders.map(\.name) == ["moeder", "partner"])
        #expect(result.id == file.id && result.created == file.created)
    }
}
