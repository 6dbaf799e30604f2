import Foundation
import Testing

/// `gps export --anoniem` through the real binary: names become roles, identifiers stop the
/// export unless `--toch` masks them, and the case file is never written.
@Suite struct AnonymousExportEndToEndTests {
    let gps = GPSProcess()

    func importedCase(_ path: String) throws -> String {
        let result = try gps.run(["nieuw", "--antwoorden", path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func caseWithAPhoneNumber() throws -> String {
        let file = gps.dataFolder.appending(path: "in.json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        let answers = #"""
            {"title": "Zorgen om Jan", "date": "2026-11-20", "answers": {
              "hamvraag": "Bel ik Jan terug?",
              "feiten": ["Jan gaf me zijn nummer: 0470 12 34 56.", "Jans zus belde ook."],
              "betrokkenen": [{"name": "Jan", "relation": "vader", "category": "household"}]}}
            """#
        try Data(answers.utf8).write(to: file)
        return try importedCase(file.path)
    }

    @Test func theExampleExportsWithoutAnyNameMatchingItsGoldenFile() throws {
        let id = try importedCase(examplesFolder.appending(path: "partnergeweld/antwoorden.json").path)
        let before = try Data(contentsOf: gps.caseFile(id))
        let result = try gps.run(["export", id, "--anoniem"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: examplesFolder.appending(path: "partnergeweld/export-anoniem.md"), encoding: .utf8)
        #expect(result.stdout == golden)
        #expect(try Data(contentsOf: gps.caseFile(id)) == before, "the export never writes the case")
    }

    @Test func anIdentifierStopsTheExportAndIsNamedWithWhereItIs() throws {
        let id = try caseWithAPhoneNumber()
        let before = try Data(contentsOf: gps.caseFile(id))
        let result = try gps.run(["export", id, "--anoniem"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "nothing leaves")
        #expect(result.stderr.contains("De export bevat 1 gegevens die iemand kunnen identificeren"))
        #expect(result.stderr.contains("Feiten #1, teken 27: telefoonnummer „•••• •• •• 56”"), "\(result.stderr)")
        #expect(!result.stderr.contains("0470 12 34 56"), "the warning hides most of the number")
        #expect(try Data(contentsOf: gps.caseFile(id)) == before)
    }

    @Test func tochMasksTheIdentifierAndSaysSo() throws {
        let id = try caseWithAPhoneNumber()
        let result = try gps.run(["export", id, "--anoniem", "--toch"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("0470"))
        #expect(!result.stdout.contains("Jan"), "Jan and Jans are both replaced")
        #expect(result.stdout.contains("vader"))
        #expect(result.stderr.contains("1 identificerende gegevens gemaskeerd."))
    }

    @Test func tochAloneIsAUsageError() throws {
        let id = try caseWithAPhoneNumber()
        let result = try gps.run(["export", id, "--toch"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--toch werkt alleen samen met --anoniem"))
    }

    @Test func theAnonymousHTMLHasNoNameEither() throws {
        let id = try importedCase(examplesFolder.appending(path: "partnergeweld/antwoorden.json").path)
        let result = try gps.run(["export", id, "--anoniem", "--html"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["Ilse", "Kevin", "Lucas", "Fien", "Nele", "Griet"] {
            #expect(!result.stdout.contains(name), "\(name) leaks into the HTML")
        }
    }
}
