import Foundation
import Testing

/// The real binary, driven through scripted standard input.
@Suite struct WizardEndToEndTests {
    let gps = GPSProcess()

    /// Title, then step 0 and part of step 1, using `?`, `:terug`, `:over` and ending with `:stop`.
    static let firstSitting = [
        "Blauwe plek bij Sam",
        "Ik schrok.", "",
        "?", "Zwijgen of spreken.", "",
        ":terug", "",
        "Vertel ik de school iets?",
        "mijn verantwoordelijke", "",
        ":over",
        "Sam had een blauwe plek op zijn arm.", "",
        "nee",
        "Ik denk dat papa slaat.", "",
        "Mama", "de cliënt", "rust in huis", "dat ik zwijg", "",
        "Juf Ann", "school van Sam", "", "", "a", "", "3", "", "gedwongen", "n", "",
        "1", "",
        "2",
        ":stop",
    ]

    /// The rest of the full route, from question 11.
    static let secondSitting =
        ["", "", "", "", ""]
        + ["art. 458 Sw.", "", ":over"] + ["", "", "", "", ""]
        + ["3, 4", "", "", "", "", "", ""]
        + ["", "Sam is te klein om zich te beschermen.", "", "", "", ""]
        + ["Eerst met mama praten.", "", ""]
        + ["gesprek met mama", "ik", "donderdag", "2026-12-04", "", "", ""]
        + ["2", "ja"]

    @Test func theFullRouteWithHelpBackSkipAndStopThenResumeGivesACompleteRecord() throws {
        let first = try gps.run(["nieuw"], input: Self.firstSitting)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Een knoop is een spanning"), "help text after ?")
        #expect(first.stdout.contains("Je vorige antwoord:\nZwijgen of spreken."), "default after :terug")
        let id = try #require(resumeID(in: first.stdout))
        let saved = try gps.answers(id)
        #expect(saved.keys.sorted() == ["acuut-gevaar", "betrokkenen", "conflicten", "feiten", "hamvraag", "knoop", "overleg", "trigger", "vermoedens"])
        #expect(try gps.caseJSON(id)["skipped"] as? [String] == ["overleg-waarom"])
        let people = try #require((saved["betrokkenen"] as? [String: Any])?["stakeholders"] as? [[String: Any]])
        #expect(people.map { $0["category"] as? String } == ["client", "services"], "Enter keeps the guessed category")
        #expect(people[1]["tie"] as? String == "stressful")
        #expect(people[1]["support"] as? String == "toClient")
        #expect(people[1]["context"] as? String == "forced")
        #expect(people[1]["familyKnows"] as? Bool == false)
        #expect(try gps.mode(of: gps.caseFile(id)) == 0o600)

        let second = try gps.run(["verder", id], input: Self.secondSitting)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Vraag 6 van 10 in deze stap · 11 van 38 in totaal"))
        #expect(second.stdout.contains("Klaar."))

        let report = try gps.run(["rapport", id])
        #expect(report.status == 0)
        #expect(report.stdout.hasPrefix("# Beslissingsverslag: Blauwe plek bij Sam\n"))
        #expect(report.stdout.contains("> **Hamvraag:** Vertel ik de school iets?"))
        #expect(report.stdout.contains("- *vermoeden:* Ik denk dat papa slaat."))
        #expect(report.stdout.contains("| Mama | de cliënt | rust in huis | dat ik zwijg |"))
        #expect(report.stdout.contains("| gesprek met mama | ik | donderdag | 04/12/2026 |"))
        #expect(!report.stdout.contains("- **Stand:**"), "a finished case has no open questions")
    }

    @Test func endOfInputMidwaySavesEverythingAndShowsHowToResume() throws {
        let result = try gps.run(["nieuw", "--titel", "Kort"], input: ["Ik schrok.", "Echt.", ""])
        #expect(result.status == 0)
        let id = try #require(resumeID(in: result.stdout))
        #expect(result.stdout.contains("Einde van de invoer"))
        #expect(try gps.answers(id)["trigger"] as? [String: String] == ["text": "Ik schrok.\nEcht."])
    }

    @Test func endOfInputInsideAListKeepsTheItemsTypedSoFar() throws {
        let result = try gps.run(["nieuw", "--kort", "--titel", "x"], input: ["", "Wat nu?", "Sam viel.", "Hij huilde."])
        let id = try #require(resumeID(in: result.stdout))
        let drafts = try gps.caseJSON(id)["drafts"] as? [String: Any]
        #expect((drafts?["feiten"] as? [String: [String]])?["list"] == ["Sam viel.", "Hij huilde."])
        let resumed = try gps.run(["verder", id], input: [""])
        #expect(resumed.stdout.contains("  1. Sam viel.\n  2. Hij huilde."))
    }

    @Test func englishWithTaalEn() throws {
        let result = try gps.run(["new", "--short", "--title", "x", "--taal", "en"], input: [])
        #expect(result.stdout.contains("Step 0 · Becoming aware"))
        #expect(result.stdout.contains("gps resume "))
    }

    @Test func ctrlCSavesAndExitsWith130() throws {
        let process = gps.process(["nieuw", "--titel", "x"])
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data("Ik schrok.\n\n".utf8))
        let folder = gps.dataFolder.appending(path: "cases")
        var answered = false
        for _ in 0..<200 where !answered {
            Thread.sleep(forTimeInterval: 0.02)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            answered = files.contains { name in
                (try? String(contentsOf: folder.appending(path: name), encoding: .utf8))?.contains("Ik schrok.") == true
            }
        }
        #expect(answered)
        process.interrupt()
        process.waitUntilExit()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        #expect(message.contains("Onderbroken. Je antwoorden zijn bewaard."))
        #expect(resumeID(in: message) != nil)
    }
}
