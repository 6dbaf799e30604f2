import Foundation
import Testing

/// A national number, an IBAN or a phone number in what she typed is pointed out on standard
/// error by every command that keeps or shows the case as it is, not only by the anonymous
/// export: where it is, which kind, most of it hidden. The exit status stays what it was, and
/// `--stil` does not silence it, as with a storage warning.
@Suite struct IdentifierWarningEndToEndTests {
    let gps = GPSProcess()

    func answersFile() throws -> URL {
        try FileManager.default.createDirectory(
            at: gps.dataFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = gps.dataFolder.appending(path: "in.json")
        let answers = #"""
            {"title": "Zorgen om Jan", "date": "2026-11-20", "answers": {
              "hamvraag": "Bel ik Jan terug?",
              "feiten": ["Zijn rijksregisternummer is 85.07.14-123.30.", "Stort op BE68 5390 0754 7034 of bel 0470 12 34 56."],
              "betrokkenen": [{"name": "Jan", "relation": "vader", "category": "household"}]}}
            """#
        try Data(answers.utf8).write(to: file)
        return file
    }

    func expectWarning(_ result: GPSProcess.Result, _ command: String) {
        #expect(result.status == 0, "\(command): \(result.stderr)")
        #expect(result.stderr.contains("gps: let op: je antwoorden bevatten 3 gegevens die iemand kunnen identificeren"), "\(command): \(result.stderr)")
        #expect(result.stderr.contains("Feiten #1, teken 29: rijksregisternummer „••.••.••-•••.30”"), "\(command): \(result.stderr)")
        #expect(result.stderr.contains("Feiten #2, teken 10: rekeningnummer „•••• •••• •••• ••34”"), "\(command): \(result.stderr)")
        #expect(result.stderr.contains("Feiten #2, teken 37: telefoonnummer „•••• •• •• 56”"), "\(command): \(result.stderr)")
        for whole in ["85.07.14-123.30", "BE68 5390 0754 7034", "0470 12 34 56"] {
            #expect(!result.stderr.contains(whole), "\(command) repeats \(whole)")
        }
    }

    @Test func everyCommandThatShowsTheCaseAsItIsWarns() throws {
        let created = try gps.run(["nieuw", "--antwoorden", try answersFile().path])
        expectWarning(created, "nieuw")
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let report = try gps.run(["rapport", id])
        expectWarning(report, "rapport")
        #expect(report.stdout.contains("85.07.14-123.30"), "her own record keeps what she typed")
        expectWarning(try gps.run(["export", id, "--html"]), "export --html")
        expectWarning(try gps.run(["verder", id], input: []), "verder")
    }

    @Test func quietDoesNotSilenceTheWarning() throws {
        let created = try gps.run(["nieuw", "--stil", "--antwoorden", try answersFile().path])
        expectWarning(created, "nieuw --stil")
        #expect(!created.stderr.contains("gemaakt"), "the note is left out")
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        expectWarning(try gps.run(["rapport", id, "--stil"]), "rapport --stil")
    }

    @Test func aCaseWithoutIdentifiersGetsNoWarning() throws {
        let created = try gps.run(["nieuw", "--antwoorden", examplesFolder.appending(path: "partnergeweld/antwoorden.json").path])
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let report = try gps.run(["rapport", id])
        #expect(report.status == 0 && report.stderr.isEmpty, "\(report.stderr)")
        #expect(!created.stderr.contains("identificeren"))
    }
}
