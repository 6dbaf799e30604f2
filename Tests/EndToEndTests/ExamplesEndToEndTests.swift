import Foundation
import Testing

/// Every worked example, through the real binary, renders its golden record byte for byte.
/// (The goldens are rewritten by `GPS_UPDATE_GOLDEN=1 swift test` in GPSKitTests' ExamplesTests.)
@Suite struct ExamplesEndToEndTests {
    static let examples: [String] = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path))?
        .filter { FileManager.default.fileExists(atPath: examplesFolder.appending(path: "\($0)/antwoorden.json").path) }
        .sorted() ?? []

    @Test func thereAreAtLeastThreeExamples() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: examples)
    func theBinaryRendersTheGoldenRecord(example: String) throws {
        let gps = GPSProcess()
        try expectGoldenRecord(of: example, with: gps)
    }

    @Test func aCopiedBinaryRunsInAnEmptyFolderWithNoSourceTreeInReach() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "gps-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appending(path: "gps")
        try FileManager.default.copyItem(at: GPSProcess.builtBinary, to: copy)
        var gps = GPSProcess()
        gps.executable = copy
        gps.workingDirectory = folder
        #expect(try gps.run(["--version"]).status == 0)
        for example in Self.examples { try expectGoldenRecord(of: example, with: gps) }
        let wizard = try gps.run(["nieuw", "--kort", "--titel", "x"], input: [])
        #expect(wizard.stdout.contains("korte route · 12 vragen"))
    }

    private func expectGoldenRecord(of example: String, with gps: GPSProcess) throws {
        let folder = examplesFolder.appending(path: example)
        let created = try gps.run(["nieuw", "--antwoorden", folder.appending(path: "antwoorden.json").path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains(", 0 vragen staan nog open"), "example \(example) is incomplete: \(created.stderr)")
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let record = try gps.run(["rapport", id])
        #expect(record.status == 0)
        let golden = try String(contentsOf: folder.appending(path: "record.md"), encoding: .utf8)
        #expect(record.stdout == golden, "\(example): binary output differs from record.md")
        let drawing = try gps.run(["ecogram", id, "--formaat", "svg"])
        let goldenDrawing = try String(contentsOf: folder.appending(path: "ecogram.svg"), encoding: .utf8)
        #expect(drawing.stdout == goldenDrawing, "\(example): binary output differs from ecogram.svg")
    }
}
