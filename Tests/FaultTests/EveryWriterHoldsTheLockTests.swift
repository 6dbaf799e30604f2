import Foundation
import GPSKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every command that writes a case holds its lock for the whole write: an intervision on a
/// case another `gps` is working on stops with 75 before it writes, instead of saving and then
/// being overwritten.
@Suite struct EveryWriterHoldsTheLockTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func importedCase() throws -> String {
        try FaultGPS.importedCase(environment: environment)
    }

    @Test func anIntervisionOnACaseVerderHoldsExits75WithoutWriting() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let first = try LiveGPS(["verder", id, "--vanaf", "trigger"], environment: environment)
        #expect(first.waitFor("in totaal") != nil)
        let before = try Data(contentsOf: cases.appending(path: "\(id).json"))

        let intervision = try FaultGPS.run(["intervisie", id], input: ["Sara", "An, Bo", "", ":stop"], environment: environment)
        #expect(intervision.status == 75, "\(intervision.stderr)")
        #expect(intervision.stderr.contains("proces \(first.process.processIdentifier)"), "\(intervision.stderr)")
        #expect(try Data(contentsOf: cases.appending(path: "\(id).json")) == before)

        first.send(["Mijn eigen antwoord", ""])
        #expect(first.finish().status == 0)
        let saved = try CaseStore(folder: cases).load(id)
        #expect(saved.answers["trigger"] == .text("Mijn eigen antwoord"))
        #expect(saved.intervisions.isEmpty)
    }

    @Test func verderOnACaseAnIntervisionHoldsExits75() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let intervision = try LiveGPS(["intervisie", id], environment: environment)
        #expect(intervision.waitFor("begeleidt") != nil, "the intervision asks its first question")

        let second = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["x", ""], environment: environment)
        #expect(second.status == 75, "\(second.stderr)")
        _ = intervision.finish()
    }
}
