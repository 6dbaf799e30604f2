import Foundation
import Testing

@testable import GPSKit

/// `ArchiveGate` reads the two files as they would be committed. It never trusts the
/// pseudonymiser: whatever identifies someone and is still in a file stops the share.
@Suite struct ArchiveGateTests {
    let nl = MessageTable.embedded(.nl)

    func caseFile(facts: [String], people: [Stakeholder] = [Stakeholder(name: "Ilse (29)", relation: "moeder", category: .client)])
        -> CaseFile
    {
        var file = Fixtures.emptyCase(title: "Een zorg")
        file.answers["feiten"] = .list(facts)
        file.answers["betrokkenen"] = .stakeholders(people)
        return file
    }

    func leaks(_ file: CaseFile) throws -> [ArchiveLeak] {
        let record = ArchiveRecord(
            file, archiveID: "test12345678", questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), texts: nl,
            today: Fixtures.day)
        return ArchiveGate.leaks(in: record, of: file, today: Fixtures.day)
    }

    @Test func aCaseWithoutIdentifiersOrNamesPasses() throws {
        #expect(try leaks(caseFile(facts: ["Ilse zei dat ze bang is."])).isEmpty)
    }

    @Test func aNationalNumberInAFactStopsItWithoutBeingRepeated() throws {
        let leaks = try leaks(caseFile(facts: ["Haar rijksregisternummer is 85.07.14-123.30, zei ze."]))
        let found = try #require(leaks.first)
        #expect(found.kind == .identifier(.nationalNumber))
        #expect(found.file == .record)
        #expect(found.caseLocation == "Feiten #1")
        #expect(!found.hint.contains("07.14-123"))
        let message = ArchiveErrorText.refusal(leaks, caseID: "2026-11-20-abc", nl)
        #expect(message.contains("het verslag, regel \(found.line): rijksregisternummer „85…30” (in je casus: Feiten #1)"))
        #expect(!message.contains("85.07.14-123.30"))
        #expect(message.contains("gps verder 2026-11-20-abc"))
    }

    @Test func aNameWrittenWithoutItsAccentIsStillAName() throws {
        let people = [Stakeholder(name: "Chloé", relation: "dochter", category: .household)]
        let facts = ["CHLOE bleef thuis.", "Chloe's fiets stond buiten."]
        let file = caseFile(facts: facts, people: people)
        // The pseudonymiser now replaces both spellings; the gate must still catch them in any text.
        #expect(try leaks(file).isEmpty)
        let leaks = ArchiveGate.leaks(
            in: facts.map { "- " + $0 }.joined(separator: "\n"), summary: "{}", of: file,
            caseTexts: [(facts[0], "Feiten #1"), (facts[1], "Feiten #2")])
        #expect(leaks.map(\.kind) == [.name, .name])
        #expect(leaks.map(\.hint) == ["CHLOE", "Chloe"])
        #expect(leaks.map(\.caseLocation) == ["Feiten #1", "Feiten #2"])
        let message = ArchiveErrorText.refusal(leaks, caseID: "2026-11-20-abc", nl)
        #expect(message.contains(": de naam „CHLOE” (in je casus: Feiten #1)"))
    }

    @Test func aNameThatIsAlsoAWordCountsOnlyWithACapital() throws {
        let people = [Stakeholder(name: "Hoop", relation: "dochter", category: .household)]
        #expect(try leaks(caseFile(facts: ["Ik hoop dat het goed komt."], people: people)).isEmpty)
        let names = ArchiveGate.names(of: caseFile(facts: [], people: people))
        #expect(names.map(\.name) == ["Hoop"] && names.map(\.needsCapital) == [true])
    }

    @Test func rolesAreNotNamesButAServiceIsFoundByItsWholeName() throws {
        let people = [
            Stakeholder(name: "de huisarts", relation: "dokter", category: .services),
            Stakeholder(name: "Sint-Jozefschool", relation: "school", category: .services),
        ]
        let names = ArchiveGate.names(of: caseFile(facts: [], people: people)).map(\.name)
        #expect(names == ["Sint-Jozefschool"])
    }

    @Test func intervisionColleaguesAndTheFacilitatorAreNames() throws {
        var file = caseFile(facts: ["Ilse zei dat ze bang is."])
        var session = IntervisionSession(day: Fixtures.day)
        session.participants = ["Mieke Janssens", "JP"]
        session.facilitator = "Bart"
        file.intervisions = [session]
        let names = ArchiveGate.names(of: file).map(\.name)
        #expect(names.contains("Mieke") && names.contains("Janssens") && names.contains("Bart"))
        let leaks = ArchiveGate.leaks(in: "Volgens Mieke is het ernstig.\nBART vond van niet.", summary: "{}", of: file)
        #expect(leaks.map(\.line) == [1, 2])
        #expect(leaks.allSatisfy { $0.kind == .name && $0.file == .record })
    }

    /// Every record cites the method's source, "A. Verbruggen (2007)": a client of that name
    /// must still be shareable, and her name anywhere else still stops it.
    @Test func aNameInGPSsOwnTextIsNotHersButEverywhereElseItIs() throws {
        let people = [Stakeholder(name: "Els Verbruggen", relation: "moeder", category: .client)]
        let file = caseFile(facts: ["Els Verbruggen belde me."], people: people)
        let record = ArchiveRecord(
            file, archiveID: "test12345678", questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), texts: nl,
            today: Fixtures.day)
        #expect(record.markdown.contains("A. Verbruggen (2007)"))
        #expect(ArchiveGate.leaks(in: record, of: file, today: Fixtures.day).isEmpty)
        let leaked = record.markdown.replacingOccurrences(of: "Moeder belde me.", with: "Mevrouw Verbruggen belde me.")
        #expect(leaked != record.markdown)
        let leaks = ArchiveGate.leaks(in: leaked, summary: record.summaryJSON, of: file, fixedLines: record.fixedLines)
        #expect(leaks.map(\.hint) == ["Verbruggen"])
    }

    @Test func aLeakInTheSummaryIsFoundThere() throws {
        let file = caseFile(facts: [])
        let leaks = ArchiveGate.leaks(in: "# Verslag", summary: "{\n  \"title\": \"mail ilse@voorbeeld.be\"\n}", of: file)
        #expect(leaks.map(\.file) == [.summary, .summary])
        #expect(leaks.map(\.kind) == [.identifier(.email), .name])
        #expect(leaks.first?.line == 2)
    }
}
