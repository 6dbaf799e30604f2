import Foundation
import Testing

/// A four-person intervision on an imported example, through the real binary: stopped in the
/// middle of the round, continued with `gps verder`, then shown by `gps rapport`.
@Suite struct IntervisionEndToEndTests {
    let gps = GPSProcess()

    static let beforeTheRound = [
        "Sara", "An, Bo", "Cas", "bo", "Dirk", "",
        "", "Wanneer werkt Kevin?", "", "Misschien weet Nele het al", "", "De grootmoeder", "", "",
        "Art. 458bis Sw.", "", "", "",
        "Wanneer wordt zwijgen in de steek laten?", "Omdat vertrouwen kwetsbaar is", "",
        "Met Ilse praten", "Haar vertrouwen",
    ]

    static let afterTheStop = [
        "CAW bellen met Ilse", "Veiligheid",
        "Griet inlichten", "Gedeeld beroepsgeheim",
        "Afwachten", "Haar tempo",
        "", "Wat An zei", "", "Ik spreek eerst met Ilse en bel daarna samen het CAW.", "",
    ]

    func importExample() throws -> String {
        let path = examplesFolder.appending(path: "partnergeweld/antwoorden.json").path
        let result = try gps.run(["nieuw", "--antwoorden", path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func fourParticipantsStopMidRoundGoOnWithVerderAndTheRecordShowsTheSession() throws {
        let id = try importExample()
        let answersBefore = try JSONSerialization.data(withJSONObject: gps.caseJSON(id)["answers"] ?? [:], options: .sortedKeys)

        let first = try gps.run(["intervisie", id], input: Self.beforeTheRound + [":stop"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("bo staat al op de lijst"))
        #expect(first.stdout.contains("(vermoeden) Volgens mij gebeurt het vaker"))
        #expect(first.stdout.contains("gps verder \(id)"))
        let stopped = try #require((gps.caseJSON(id)["intervisions"] as? [[String: Any]])?.last)
        #expect(stopped["finished"] as? Bool == false)
        #expect((stopped["participants"] as? [String]) == ["An", "Bo", "Cas", "Dirk"])
        #expect((stopped["proposals"] as? [Any])?.count == 1)

        let second = try gps.run(["verder", id], input: Self.afterTheStop)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Jullie gaan verder met de intervisie van"))
        #expect(second.stdout.contains("2/4 · Bo"))
        #expect(!second.stdout.contains("1/4 · An"))
        let json = try gps.caseJSON(id)
        let sessions = try #require(json["intervisions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        #expect(sessions[0]["finished"] as? Bool == true)
        #expect((sessions[0]["proposals"] as? [Any])?.count == 4)
        let answersAfter = try JSONSerialization.data(withJSONObject: json["answers"] ?? [:], options: .sortedKeys)
        #expect(answersAfter == answersBefore)
        let mode = try FileManager.default.attributesOfItem(atPath: gps.caseFile(id).path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let record = try gps.run(["rapport", id])
        #expect(record.status == 0)
        #expect(record.stdout.contains("## Intervisie"))
        #expect(record.stdout.contains("- **Deelnemers:** An, Bo, Cas, Dirk"))
        #expect(record.stdout.contains("| Dirk | Afwachten | Haar tempo |"))
        #expect(record.stdout.contains("- *vermoeden:* Misschien weet Nele het al"))
        #expect(record.stdout.contains("### Beslissingen in de tijd"))
        #expect(record.stdout.contains("geldt nu"))
    }

    /// `--anoniem`: the group sees roles, not the family's names, also when `gps verder` goes on.
    @Test func anAnonymousReplayShowsNoNameOfTheFamilyAndGoesOnSo() throws {
        let id = try importExample()
        let first = try gps.run(["intervisie", id, "--anoniem"], input: ["Sara", "An, Bo", ":stop"])
        #expect(first.status == 0, "\(first.stderr)")
        let resumed = try gps.run(["verder", id], input: [":stop"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        for output in [first.stdout, resumed.stdout] {
            for name in ["Ilse", "Kevin", "Griet"] { #expect(!output.contains(name), "\(name) in \(output)") }
            #expect(output.contains("Uit de casus"))
        }
        #expect(try gps.run(["rapport", id]).stdout.contains("Ilse"), "her own record keeps every name")
    }

    @Test func theAliasReplayAndEnglishWork() throws {
        let id = try importExample()
        let result = try gps.run(["replay", id, "--taal", "en"], input: ["", "3"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Intervision of case \(id)"))
        #expect(result.stdout.contains("gps replay \(id)"))
        let session = try #require((gps.caseJSON(id)["intervisions"] as? [[String: Any]])?.last)
        #expect((session["participants"] as? [String]) == ["participant 1", "participant 2", "participant 3"])
    }

    @Test(arguments: [[String](), [":stop"], [":terug", ":stop"]])
    func aSessionWithoutInputSavesNothingAndVerderOpensNoIntervision(input: [String]) throws {
        let id = try importExample()
        let before = try Data(contentsOf: gps.caseFile(id))
        let replay = try gps.run(["intervisie", id], input: input)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("Er is nog niets gegeven, dus ook niets bewaard."), "\(replay.stdout.suffix(300))")
        #expect(!replay.stdout.contains("Alles is bewaard"))
        #expect(try Data(contentsOf: gps.caseFile(id)) == before)

        let resume = try gps.run(["verder", id])
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(!resume.stdout.contains("intervisie"), "\(resume.stdout)")
    }

    /// A case saved by an earlier GPS with an empty session at its end.
    @Test func anEmptySessionLeftByAnEarlierGPSIsNotResumedNorShown() throws {
        let id = try importExample()
        var json = try gps.caseJSON(id)
        json["intervisions"] = [["day": "2026-11-20", "participants": [], "additions": [:], "proposals": [], "settled": [], "finished": false]]
        try JSONSerialization.data(withJSONObject: json).write(to: gps.caseFile(id))
        let resume = try gps.run(["verder", id])
        #expect(!resume.stdout.contains("intervisie"), "\(resume.stdout)")
        let record = try gps.run(["rapport", id])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(!record.stdout.contains("## Intervisie"))

        let replay = try gps.run(["intervisie", id], input: ["Sara", ":stop"])
        #expect(!replay.stdout.contains("Jullie gaan verder met de intervisie"))
        let sessions = try #require(gps.caseJSON(id)["intervisions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        #expect(sessions.first?["facilitator"] as? String == "Sara")
    }

    @Test func anUnknownCaseIsAnErrorAndTheHelpNamesTheCommand() throws {
        #expect(try gps.run(["intervisie", "2026-01-01-zzz"]).status != 0)
        let help = try gps.run(["intervisie", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("intervisiegroep"))
    }
}
