import Foundation
import Testing

@testable import GPSKit

/// Every worked example, on both routes, as `gps archief deel` would share it: the gate lets it
/// through, no real name of the example is in either file, the summary validates against
/// `Questionnaires/archive-summary.schema.json`, and it keeps every finding of the case's record.
@Suite struct ArchiveExamplesTests {
    /// The real names in each example, as a reader would spot them; roles ("de huisarts") are not names.
    static let names: [String: [String]] = [
        "blauwe-plekken": ["Jonas", "Lies", "Mila", "Nadia", "Tom", "Rita"],
        "melding-niet-gedekt": ["Jeanine", "Maria", "Sara", "Wim"],
        "oogje-in-het-zeil": ["Kristel", "Lotte", "Robbe", "Sofie", "Jef"],
        "partnergeweld": ["Fien", "Griet", "Ilse", "Kevin", "Lucas", "Nele"],
        "zwartwerk": ["Ann", "Dirk", "Dylan", "Hanne", "Jessica", "Noor"],
    ]

    static let files: [String] = names.keys.sorted().flatMap { name in
        ["antwoorden.json", "kort.json"].map { "Examples/\(name)/\($0)" }
            .filter { FileManager.default.fileExists(atPath: PackageRoot.file($0).path) }
    }

    static func caseFile(_ path: String) throws -> (CaseFile, Questionnaire) {
        let file = try AnswersFile(text: try PackageRoot.text(path), name: path)
        let route = try #require(Fixtures.library.questionnaire(withID: file.route ?? "gps"))
        let caseFile = try CaseFile.importing(
            file, route: route, id: Fixtures.id, title: file.title ?? path, date: try #require(file.date), now: Fixtures.moment)
        return (caseFile, route)
    }

    static func record(_ path: String) throws -> (ArchiveRecord, CaseFile, Questionnaire) {
        let (caseFile, route) = try caseFile(path)
        let record = ArchiveRecord(
            caseFile, archiveID: "voorbeeld1234", questionnaire: route, rulebook: try Rulebook.embedded(), texts: .embedded(.nl),
            today: caseFile.date)
        return (record, caseFile, route)
    }

    @Test func everyExampleIsCovered() {
        #expect(Self.files.count == 10)
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.file("Examples").path)) ?? []
        #expect(Set(folders) == Set(Self.names.keys))
    }

    @Test(arguments: files)
    func theGateLetsTheExampleThroughAndNoNameIsInEitherFile(path: String) throws {
        let (record, caseFile, _) = try Self.record(path)
        let leaks = ArchiveGate.leaks(in: record, of: caseFile, today: caseFile.date)
        #expect(leaks.isEmpty, "\(leaks)")
        let folder = path.split(separator: "/")[1]
        for name in Self.names[String(folder)]! {
            for (file, text) in [("md", record.markdown), ("json", record.summaryJSON)] {
                #expect(text.range(of: "\\b\(name)\\b", options: [.regularExpression, .caseInsensitive]) == nil, "\(name) in \(file)")
            }
        }
    }

    @Test(arguments: files)
    func theSummaryValidatesAgainstItsSchema(path: String) throws {
        let (record, _, _) = try Self.record(path)
        let validator = try JSONSchemaValidator(schemaText: PackageRoot.text("Questionnaires/archive-summary.schema.json"))
        #expect(validator.schemaProblems.isEmpty, "\(validator.schemaProblems)")
        let problems = validator.validate(try JSONParser.parse(record.summaryJSON))
        #expect(problems.isEmpty, "\(problems)")
        #expect(record.summary.month.count == 7)
        #expect(!record.summaryJSON.contains("\"date\""))
    }

    @Test(arguments: files)
    func theRecordKeepsEveryFindingOfTheCase(path: String) throws {
        let (record, caseFile, route) = try Self.record(path)
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: route, rulebook: try Rulebook.embedded())
        #expect(record.summary.findings.map(\.rule) == reasoning.findings.map(\.rule))
        #expect(record.summary.findings.map(\.level) == reasoning.findings.map(\.level.rawValue))
        #expect(record.summary.provisions.map(\.id) == reasoning.verdicts.map(\.provision.id))
        #expect(record.summary.provisions.map(\.verdict) == reasoning.verdicts.map { ArchiveVerdict($0.verdict) })
        #expect(record.summary.grounds.map(\.step) == reasoning.steps.map(\.step))
        // The Markdown is the anonymous export's, with each rule GPS raised.
        for finding in reasoning.findings where finding.level != .ok {
            #expect(record.markdown.contains("**\(finding.rule) — "), "\(finding.rule)")
        }
    }

    @Test func theMarkdownIsTheAnonymousExport() throws {
        let (record, _, _) = try Self.record("Examples/partnergeweld/antwoorden.json")
        #expect(record.markdown == (try PackageRoot.text("Examples/partnergeweld/export-anoniem.md")))
    }
}
