import Foundation
import GPSKit
import Testing

/// Commands, bad input and exit statuses of the real binary.
@Suite struct CommandLineEndToEndTests {
    let gps = GPSProcess()

    func importedCase(_ answers: String = #"{"hamvraag": "Wat nu?"}"#) throws -> String {
        let file = gps.dataFolder.appending(path: "in.json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try Data(#"{"title": "T", "date": "2026-11-20", "answers": \#(answers)}"#.utf8).write(to: file)
        let result = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"], ["help", "rapport"], ["rapport", "--help"], []])
    func helpGoesToStandardOutputWithStatusZero(arguments: [String]) throws {
        let result = try gps.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Gebruik: gps"))
        #expect(result.stderr.isEmpty)
    }

    @Test func versionNamesTheProgram() throws {
        let result = try gps.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("gps 0."))
    }

    @Test(arguments: [["raport"], ["nieuw", "--titl", "x"], ["lijst", "extra"], ["verder"], ["--taal", "fr", "lijst"]])
    func usageErrorsGoToStandardErrorWithStatus64(arguments: [String]) throws {
        let result = try gps.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("gps: fout: "))
        #expect(result.stderr.contains("Meer uitleg: gps"))
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        #expect(try gps.run(["raport"]).stderr.contains("Bedoelde je rapport?"))
    }

    @Test func anUnknownCaseListsTheKnownOnesWithStatus1() throws {
        let id = try importedCase()
        let result = try gps.run(["rapport", "2026-01-01-zzz"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("er is geen casus 2026-01-01-zzz."))
        #expect(result.stderr.contains("Je casussen: \(id)"))
    }

    @Test(arguments: [["verder"], ["rapport"]])
    func aCorruptCaseFileIsNamedLeftUntouchedAndGives65(command: [String]) throws {
        let id = try importedCase()
        let broken = Data(#"{"formatVersion": 1, "id": "\#(id)", "answ"#.utf8)
        try broken.write(to: gps.caseFile(id))
        let result = try gps.run(command + [id], input: ["iets"])
        #expect(result.status == 65)
        #expect(result.stderr.contains(gps.caseFile(id).path))
        #expect(result.stderr.contains("beschadigd"))
        #expect(try Data(contentsOf: gps.caseFile(id)) == broken)
    }

    @Test func aCaseFromANewerGPSIsRefusedAndLeftUntouched() throws {
        let id = try importedCase()
        let newer = try String(contentsOf: gps.caseFile(id), encoding: .utf8)
            .replacingOccurrences(of: "\"formatVersion\" : \(CaseFile.currentFormatVersion)", with: "\"formatVersion\" : 99")
        try Data(newer.utf8).write(to: gps.caseFile(id))
        let result = try gps.run(["verder", id])
        #expect(result.status == 65)
        #expect(result.stderr.contains("nieuwere GPS"))
        #expect(try String(contentsOf: gps.caseFile(id), encoding: .utf8) == newer)
    }

    @Test func anAnswersFileWithAnUnknownIDOrWrongTypeIsRefusedNamingEachAndSavesNothing() throws {
        let file = gps.dataFolder.appending(path: "bad.json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try Data(#"{"answers": {"hamvraagg": "x", "feiten": "geen lijst"}}"#.utf8).write(to: file)
        let result = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("onbekende vraag hamvraagg"))
        #expect(result.stderr.contains("vraag feiten verwacht een lijst van teksten"))
        #expect(!FileManager.default.fileExists(atPath: gps.dataFolder.appending(path: "cases").path))
    }

    @Test func aMissingAnswersFileIsAnIOError() throws {
        let result = try gps.run(["nieuw", "--antwoorden", "/nonexistent/a.json"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("/nonexistent/a.json"))
    }

    @Test func theReportGoesToAPrivateFileWithDashO() throws {
        let id = try importedCase()
        let output = try gps.outputFile("verslag.md")
        let result = try gps.run(["rapport", id, "-o", output.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("Wat nu?"))
        #expect(try gps.mode(of: output) == 0o600)
    }

    @Test func theListShowsEachCaseWithItsProgress() throws {
        #expect(try gps.run(["lijst"]).stdout.contains("nog geen casussen"))
        let id = try importedCase()
        let list = try gps.run(["list"])
        #expect(list.stdout.contains("\(id)  2026-11-20  1/38    T"))
    }

    @Test func aFinishedCaseSaysSoOnResumeAndCanBeRevisitedFromAQuestion() throws {
        let all = try String(contentsOf: examplesFolder.appending(path: "partnergeweld/antwoorden.json"), encoding: .utf8)
        let file = gps.dataFolder.appending(path: "all.json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try Data(all.utf8).write(to: file)
        let id = try gps.run(["nieuw", "--antwoorden", file.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try gps.run(["verder", id]).stdout.contains("is helemaal doorlopen"))
        let revisit = try gps.run(["verder", id, "--vanaf", "beslissing"], input: [":stop"])
        #expect(revisit.stdout.contains("Wat beslis je?"))
        #expect(try gps.run(["verder", id, "--vanaf", "geen-vraag"]).status == 64)
    }

    @Test func aShortRouteCaseMovesToTheFullRouteKeepingItsAnswers() throws {
        let file = gps.dataFolder.appending(path: "k.json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try Data(#"{"route": "kort", "answers": {"hamvraag": "Wat nu?"}}"#.utf8).write(to: file)
        let id = try gps.run(["nieuw", "--antwoorden", file.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let resumed = try gps.run(["verder", id, "--volledig"], input: [":stop"])
        #expect(resumed.stdout.contains("40 vragen"))
        #expect(try gps.caseJSON(id)["route"] as? String == "gps")
        #expect(try gps.answers(id)["hamvraag"] != nil)
    }
}

let examplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Examples").standardized
