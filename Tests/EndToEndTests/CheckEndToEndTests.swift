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
        #expect(result.stdout.contains("G1 · probleem · "))
        #expect(result.stdout.contains("R6 · probleem · "))
        #expect(result.stdout.contains("R10 · probleem · "))
        #expect(result.stdout.contains("  Gedeeld beroepsgeheim: open — 6 punten nog niet beoordeeld · stap 1: niet gedekt"))
        #expect(result.stdout.hasSuffix("Samengeteld: problemen 3 · let op 2 · na te kijken 1.\n"))
    }

    @Test func aReportThePermissionDoesNotCoverIsAProblemNamingTheFailingPointAndWhatElseToWalk() throws {
        let result = try gps.run(["toets", try imported("melding-niet-gedekt")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("  art. 458bis: niet gedekt — niet voldaan: punt 5 (niet zelf of met anderen kunnen beschermen)"))
        #expect(result.stdout.contains("G1 · probleem · "))
        #expect(result.stdout.contains("Stap 1 vertelt het parket iets op grond van art. 458bis: melding aan de procureur des Konings: niet gedekt."))
        #expect(result.stdout.contains("loop na of iets anders hem dekt: noodtoestand; art. 422bis: hulp aan iemand in groot gevaar"))
    }

    @Test func aCaseWithoutProblemsGivesStatus0InEnglishToo() throws {
        let result = try gps.run(["check", try imported("zwartwerk"), "--taal", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("R12 · ok · a new worry goes to the client consultation only after a talk with the family"))
        #expect(result.stdout.contains("G1 · ok · every step that tells something rests on a ground that covers it"))
        #expect(result.stdout.contains("  Joint professional secrecy: covered — every point is met"))
        #expect(result.stdout.hasSuffix("In all: problems 0 · attention 1 · to check 0.\n"))
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
