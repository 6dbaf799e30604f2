import Foundation
import GPSKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Two real `gps` processes on one case: the second stops before it writes anything and says
/// which process holds the case since when.
@Suite struct CaseLockTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func importedCase() throws -> String {
        try FaultGPS.importedCase(environment: environment)
    }

    @Test func aSecondVerderOnTheSameCaseNamesTheHolderAndExits75WithoutWriting() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let first = try LiveGPS(["verder", id, "--vanaf", "trigger"], environment: environment)
        #expect(first.waitFor("in totaal") != nil)
        let before = try Data(contentsOf: cases.appending(path: "\(id).json"))

        let second = try FaultGPS.run(["verder", id, "--vanaf", "knoop"], input: ["Iets anders", ""], environment: environment)
        #expect(second.status == 75)
        #expect(second.stderr.contains("proces \(first.process.processIdentifier), sinds 20"), "\(second.stderr)")
        #expect(second.stderr.contains("\(id).lock"))
        #expect(!second.stdout.contains("in totaal"), "the second one asked nothing")
        #expect(try Data(contentsOf: cases.appending(path: "\(id).json")) == before)

        first.send(["Mijn eigen antwoord", ""])
        let ending = first.finish()
        #expect(ending.status == 0)
        let saved = try CaseStore(folder: cases).load(id)
        #expect(saved.answers["trigger"] == .text("Mijn eigen antwoord"))
        #expect(FaultGPS.mode(of: cases.appending(path: "\(id).lock").path) == 0o600)
    }

    @Test func theLockGoesWithTheProcessEvenWhenItIsKilled() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let first = try LiveGPS(["verder", id, "--vanaf", "trigger"], environment: environment)
        #expect(first.waitFor("in totaal") != nil)
        first.signal(SIGKILL)
        _ = first.finish(closingInput: false)

        let second = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["Na de crash", ""], environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try CaseStore(folder: cases).load(id).answers["trigger"] == .text("Na de crash"))
    }

    @Test func readingACaseNeedsNoLock() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let first = try LiveGPS(["verder", id, "--vanaf", "trigger"], environment: environment)
        #expect(first.waitFor("in totaal") != nil)
        #expect(try FaultGPS.run(["rapport", id], environment: environment).status == 0)
        #expect(try FaultGPS.run(["lijst"], environment: environment).stdout.contains(id))
        _ = first.finish()
    }

    /// Many writers racing: with the lock, each save is whole and one process wins the case.
    @Test func tenProcessesStartedTogetherLeaveOneValidCase() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let runs = try (0..<10).map { index in
            let live = try LiveGPS(["verder", id, "--vanaf", "trigger"], environment: environment)
            live.send(["antwoord \(index)", ""])
            return live
        }
        let endings = runs.map { $0.finish() }
        #expect(endings.allSatisfy { [0, 75].contains($0.status) }, "\(endings.map(\.status))")
        #expect(endings.contains { $0.status == 0 })
        let saved = try CaseStore(folder: cases).load(id)
        guard case .text(let text) = saved.answers["trigger"] else { Issue.record("no trigger"); return }
        let winners = endings.indices.filter { endings[$0].status == 0 }.map { "antwoord \($0)" }
        #expect(winners.contains(text))
    }
}
