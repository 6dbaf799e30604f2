import Foundation
import Testing

/// `gps toets`: the findings on standard output, status 1 only when there is a problem.
@Suite struct CheckEndToEndTests {
    let gps = GPSProcess()

    func imported(_ example: String) throws -> String {
        let file = examplesFolder.appending(path: "\(example)/antwoorden.json")
        let created = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(created.status == 0, "\(created.stderr)")
        return created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aCaseThatBreaksRulesGivesStatus1AndNamesTheProblems() throws {
        let result = try gps.run(["toets", try imported("oogje-in-het-zeil")])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("Toetsing aan het beroepsgeheim: Robbe spijbelt"))
        #expect(result.stdout.contains("R6 · probleem · "))
        #expect(result.stdout.contains("R10 · probleem · "))
        #expect(result.stdout.hasSuffix("Samengeteld: problemen 2 · let op 2 · na te kijken 0.\n"))
    }

    @Test func aCaseWithoutProblemsGivesStatus0InEnglishToo() throws {
        let result = try gps.run(["check", try imported("zwartwerk"), "--taal", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("R12 · ok · a new worry goes to the client consultation only after a talk with the family"))
        #expect(result.stdout.hasSuffix("In all: problems 0 · attention 0 · to check 0.\n"))
    }

    @Test func anUnknownCaseIsAnErrorNotAFinding() throws {
        let result = try gps.run(["toets", "2026-01-01-zzz"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("er is geen casus 2026-01-01-zzz."))
    }

    @Test func theCommandIsInTheHelp() throws {
        let result = try gps.run(["help", "toets"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("gps toets <"))
    }
}
