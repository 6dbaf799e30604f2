import Foundation
import Testing

@testable import GPSKit

/// The gate also knows the people she mentions who are in no list of the case: whatever of
/// them would still be in the shared files stops the share.
@Suite struct ArchiveGateUnlistedNameTests {
    let nl = MessageTable.embedded(.nl)

    func caseFile() -> CaseFile {
        var file = Fixtures.emptyCase(title: "Een zorg")
        file.answers["feiten"] = .list(["Het gezin vroeg hulp na de geboorte van Amber.", "Ik zag Ilse huilen."])
        file.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "Ilse (29)", relation: "moeder", category: .client)])
        return file
    }

    @Test func theRecordOfTheCaseHasNoUnlistedNameLeftAndPasses() throws {
        let file = caseFile()
        let record = ArchiveRecord(
            file, archiveID: "test12345678", questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), texts: nl,
            today: Fixtures.day)
        #expect(!record.markdown.contains("Amber"))
        #expect(record.markdown.contains("na de geboorte van persoon 1"))
        #expect(ArchiveGate.leaks(in: record, of: file, today: Fixtures.day).isEmpty)
    }

    @Test func blauwePlekkenSharesNoAmberInEitherFile() throws {
        let (file, route) = try ExamplesTests().caseFile(of: "blauwe-plekken")
        let record = ArchiveRecord(
            file, archiveID: "test12345678", questionnaire: route, rulebook: try Rulebook.embedded(), texts: nl, today: file.date)
        #expect(!record.markdown.contains("Amber"))
        #expect(!record.summaryJSON.contains("Amber"))
        #expect(ArchiveGate.leaks(in: record, of: file, today: file.date).isEmpty)
    }

    @Test func anUnlistedNameStillInEitherFileStopsTheShare() {
        let leaks = ArchiveGate.leaks(
            in: "# Een zorg\n\n- Het gezin vroeg hulp na de geboorte van Amber.", summary: "{\n  \"title\": \"Ambers zorg\"\n}",
            of: caseFile())
        #expect(leaks.map(\.kind) == [.name, .name])
        #expect(leaks.map(\.file) == [.record, .summary])
        #expect(leaks.map(\.line) == [3, 2])
        #expect(leaks.map(\.hint) == ["Amber", "Amber"])
    }

    @Test func theSmallLetterWordIsNoLeak() {
        #expect(ArchiveGate.leaks(in: "Het licht sprong op amber.", summary: "{}", of: caseFile()).isEmpty)
    }
}
