import Foundation
import GPSKit
import Testing

/// Too much, or not text: a 10 MB answer, binary and invalid UTF-8 on standard input, 10,000
/// stakeholders or a 2 MB text in an answers file. No crash; the limit is named in the message;
/// what is refused is not saved and what is accepted stays valid.
@Suite struct HostileInputTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func savedCase() throws -> CaseFile {
        let store = CaseStore(folder: cases)
        return try store.load(try require(store.ids().first).rawValue)
    }

    @Test func aTenMegabyteLineIsRefusedNamingTheLimitAndTheNextLineIsTheAnswer() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = try LiveGPS(["nieuw", "--titel", "Groot"], environment: environment)
        live.send(Data((String(repeating: "x", count: 10_000_000) + "\n").utf8))
        live.send(["Ik schrok.", ""])
        let ending = live.finish()
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(ending.stderr.contains("te lang (10 MB); één antwoord mag hoogstens 1 MB zijn"), "\(ending.stderr)")
        #expect(try savedCase().answers["trigger"] == .text("Ik schrok."))
        let size = try FileManager.default.attributesOfItem(atPath: cases.appending(path: "\(savedCase().id).json").path)[.size] as? Int
        #expect((size ?? .max) < 100_000)
    }

    @Test func binaryAndInvalidUTF8AreReplacedSaidAndSavedAsValidJSON() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = try LiveGPS(["nieuw", "--titel", "Bytes"], environment: environment)
        live.send(Data([0xFF, 0xFE, 0x61, 0x00, 0x01, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0xC3, 0x28, 0x0A]))
        live.send(["", ""])
        let ending = live.finish()
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(ending.stderr.contains("geen UTF-8"), "\(ending.stderr)")
        let saved = try savedCase()
        #expect(saved.answers["trigger"] == .text("\u{FFFD}\u{FFFD}a\u{0}\u{1}\u{1B}[31m\u{FFFD}("))
        let report = try FaultGPS.run(["rapport", saved.id.rawValue], environment: environment)
        #expect(report.status == 0)
        #expect(!report.stdout.contains("\u{1B}"), "no escape sequence reaches the terminal")
    }

    private func answersFile(_ answers: [String: Any]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appending(path: "antwoorden-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: ["answers": answers]).write(to: url)
        return url.path
    }

    private static func people(_ count: Int) -> [[String: String]] {
        (0..<count).map { ["name": "Persoon \($0)", "relation": "buur"] }
    }

    @Test func tenThousandStakeholdersAreRefusedNamingTheLimit() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try answersFile(["betrokkenen": Self.people(10_000)])
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", path], environment: environment)
        #expect(ending.status == 65, "\(ending.stderr)")
        #expect(ending.stderr.contains("betrokkenen: 10000 items; GPS neemt er hoogstens 1000 per lijst"), "\(ending.stderr)")
        #expect(CaseStore(folder: cases).ids().isEmpty)
    }

    @Test func aThousandStakeholdersAreTakenAndReported() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try answersFile(["betrokkenen": Self.people(InputLimits.entries)])
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", path], environment: environment)
        #expect(ending.status == 0, "\(ending.stderr)")
        let report = try FaultGPS.run(["rapport", ending.stdout.trimmingCharacters(in: .whitespacesAndNewlines)], environment: environment)
        #expect(report.status == 0)
        #expect(report.stdout.contains("Persoon 999"))
    }

    @Test func aTwoMegabyteTextInAnAnswersFileIsRefusedNamingTheLimit() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try answersFile(["trigger": String(repeating: "é", count: 1_000_000)])
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", path], environment: environment)
        #expect(ending.status == 65, "\(ending.stderr)")
        #expect(ending.stderr.contains("trigger: een tekst van 2 MB; één antwoord mag hoogstens 1 MB zijn"), "\(ending.stderr)")
    }

    @Test func anAnswersFileThatIsNotUTF8IsRefusedSayingSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appending(path: "latin1.json")
        try Data([0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A, 0x22, 0xE9, 0x22, 0x7D]).write(to: url)
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", url.path], environment: environment)
        #expect(ending.status == 65, "\(ending.stderr)")
        #expect(ending.stderr.contains("geen UTF-8-tekst"), "\(ending.stderr)")
    }
}
