import Foundation
import Testing

@testable import GPSKit

@Suite struct AnonymousCaseTests {
    let nl = MessageTable.embedded(.nl)

    func sample() throws -> CaseFile {
        var file = CaseFile(
            id: try #require(CaseID("2026-11-20-a3f")), title: "Ilse", route: "kort",
            date: try #require(CaseDay(year: 2026, month: 11, day: 20)), now: Date(timeIntervalSince1970: 0)
        )
        file.answers["O1"] = .text("Ilse woont in de Kerkstraat 12 en is geboren op 14/07/1985.")
        file.answers["O3"] = .stakeholders([
            Stakeholder(name: "Ilse", relation: "moeder", interest: "bel 0470 12 34 56", category: .client)
        ])
        return file
    }

    @Test func identifiersAreListedWithWhereTheyAreAndTheExportIsNotSafe() throws {
        let result = AnonymousCase(try sample(), questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: nl, today: CaseDay(year: 2026, month: 11, day: 23))
        #expect(!result.isSafeToShare)
        #expect(result.findings.map(\.kind) == [.address, .birthDate, .phone])
        #expect(
            result.findingLines(messages: nl) == [
                "O1, teken 20: adres „•••••••••• 12”", "O1, teken 51: geboortedatum „••/••/••85”",
                "O3 #1 interest, teken 5: telefoonnummer „•••• •• •• 56”",
            ]
        )
        #expect(result.caseFile.answers["O1"] == .text("Moeder woont in de Kerkstraat 12 en is geboren op 14/07/1985."))
    }

    @Test func maskingMakesItSafeAndLeavesTheOriginalAlone() throws {
        let original = try sample()
        let result = AnonymousCase(original, questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: nl, maskingIdentifiers: true)
        #expect(result.isSafeToShare)
        #expect(result.caseFile.title == "Moeder")
        #expect(result.caseFile.answers["O1"] == .text("Moeder woont in de [adres] en is geboren op [geboortedatum]."))
        guard case .stakeholders(let people) = result.caseFile.answers["O3"] else {
            Issue.record("no stakeholders")
            return
        }
        #expect(people[0].name == "moeder" && people[0].interest == "bel [telefoonnummer]")
        #expect(original == (try sample()))
        #expect(IdentifierScanner().scan(result.caseFile).isEmpty)
    }

    @Test func aCaseWithoutIdentifiersIsSafeAsItIs() throws {
        var file = try sample()
        file.answers["O1"] = .text("Afspraak op 20/11/2026 om 14u, factuur 2026/0457.")
        file.answers["O3"] = .stakeholders([Stakeholder(name: "Ilse", relation: "moeder", category: .client)])
        #expect(AnonymousCase(file, questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: nl).isSafeToShare)
    }
}
