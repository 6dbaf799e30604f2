import Foundation
import Testing

/// The conditions walk through the real binary: judgments typed after H1 are saved as they come,
/// survive end of input, go on where they stopped, and appear in the record.
@Suite struct ConditionsEndToEndTests {
    let gps = GPSProcess()

    func importedCase() throws -> String {
        let file = gps.dataFolder.deletingLastPathComponent().appending(path: "gps-conditions-\(UUID().uuidString).json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try #"{"date": "2026-11-20", "answers": {"wetgeving": ["art. 422ter Sw."]}}"#.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let created = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(created.status == 0, "\(created.stderr)")
        return created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func judgments(_ id: String) throws -> [String: [String: [String: String]]] {
        try #require(try gps.caseJSON(id)["conditionJudgments"] as? [String: [String: [String: String]]])
    }

    @Test func judgmentsAreSavedAtEndOfInputResumeGoesOnAndTheRecordShowsThem() throws {
        let id = try importedCase()
        let first = try gps.run(["verder", id, "--vanaf", "wetgeving"], input: ["", "ja", "gevorderd door de politie", "nee"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("art. 422ter Sw. 1867 → nieuw nummer in Sw. 2024 nog te verifiëren"))
        #expect(first.stdout.contains("Punt 2 van 3"))
        var saved = try judgments(id)
        #expect(saved["art-422ter"]?["requisition"] == ["judgment": "yes", "why": "gevorderd door de politie"])
        #expect(saved["art-422ter"]?["situation"] == ["judgment": "no", "why": ""], "kept although input ended at the why")

        let second = try gps.run(["verder", id, "--vanaf", "wetgeving"], input: ["", "weet niet", "geen vordering", ":stop"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stdout.contains("Punt 1 van 3"), "judged conditions are not asked again")
        #expect(second.stdout.contains("→ art. 422ter: niet gedekt — niet voldaan: punt 2"))
        saved = try judgments(id)
        #expect(saved["art-422ter"]?.count == 3)

        let record = try gps.run(["rapport", id])
        #expect(record.status == 0)
        #expect(record.stdout.contains("**Getoetst aan het regelboek**"))
        #expect(record.stdout.contains("- (1) wettig gevorderd: **voldaan** · *waarom:* gevorderd door de politie"))
        #expect(record.stdout.contains("- (3) gehoor geven kan zonder ernstig gevaar: **niet zeker** · *waarom:* geen vordering"))
        #expect(record.stdout.contains("- (2) iemand in gevaar of een noodsituatie: **niet voldaan**\n"))
        #expect(record.stdout.contains("- **Oordeel:** **niet gedekt** — niet voldaan: punt 2; nog niet zeker: punt 3"))
        #expect(record.stdout.contains("- art. 422ter: niet gedekt"), "the summary says the verdict too")
    }

    @Test func anAnswersFileWithAnUnknownConditionIsRefusedNamingIt() throws {
        let file = gps.dataFolder.deletingLastPathComponent().appending(path: "gps-conditions-\(UUID().uuidString).json")
        try #"{"answers": {"wetgeving": ["art. 458bis"]}, "conditions": {"458bis": {"c1": {"judgment": "yes"}}}}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("conditions, 458bis: c1 is geen voorwaarde om te beoordelen"))
    }
}
