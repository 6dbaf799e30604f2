import Foundation
import Testing

@testable import GPSKit

/// Each `Examples/<case>/antwoorden.json` renders `record.md` and `ecogram.svg`, its golden files.
/// `GPS_UPDATE_GOLDEN=1 swift test --filter ExamplesTests` rewrites them; read `git diff Examples/`.
@Suite struct ExamplesTests {
    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.file("Examples").path))?
        .filter { FileManager.default.fileExists(atPath: PackageRoot.file("Examples/\($0)/antwoorden.json").path) }
        .sorted() ?? []

    func caseFile(of name: String) throws -> (CaseFile, Questionnaire) {
        let file = try AnswersFile(text: try PackageRoot.text("Examples/\(name)/antwoorden.json"), name: name)
        let route = try #require(Fixtures.library.questionnaire(withID: file.route ?? "gps"))
        let date = try #require(file.date, "an example sets its date, so its record is reproducible")
        let caseFile = try CaseFile.importing(
            file, route: route, id: Fixtures.id, title: file.title ?? name, date: date, now: Fixtures.moment)
        #expect(route.openQuestions(in: caseFile).isEmpty, "\(name) leaves questions open")
        return (caseFile, route)
    }

    func record(of name: String) throws -> String {
        let (caseFile, route) = try caseFile(of: name)
        return MarkdownRecordRenderer(questionnaire: route, texts: .embedded(.nl)).render(caseFile)
    }

    /// The coach's export: every stakeholder's name replaced, nothing identifying left.
    @Test func theAnonymousExportOfPartnergeweldMatchesItsGoldenFile() throws {
        let (caseFile, route) = try caseFile(of: "partnergeweld")
        let anonymous = AnonymousCase(caseFile, questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: .embedded(.nl), today: caseFile.date)
        #expect(anonymous.findings.isEmpty, "\(anonymous.findings)")
        let record = MarkdownRecordRenderer(questionnaire: route, texts: .embedded(.nl)).render(anonymous.caseFile, reasoning: anonymous.reasoning)
        for name in ["Ilse", "Kevin", "Lucas", "Fien", "Nele", "Griet"] {
            #expect(record.range(of: "\\b\(name)\\b", options: .regularExpression) == nil, "\(name) is still in the export")
        }
        Golden.check(record, against: "Examples/partnergeweld/export-anoniem.md")
    }

    @Test(arguments: names)
    func theEcogramDrawingMatchesItsGoldenFile(name: String) throws {
        let (caseFile, _) = try caseFile(of: name)
        #expect(!caseFile.stakeholders.isEmpty, "every example has a network")
        Golden.check(SVGEcogramRenderer(texts: .embedded(.nl)).render(Ecogram(case: caseFile)), against: "Examples/\(name)/ecogram.svg")
    }

    @Test(arguments: names)
    func theRecordMatchesItsGoldenFile(name: String) throws {
        Golden.check(try record(of: name), against: "Examples/\(name)/record.md")
    }

    @Test(.enabled(if: ExternalTool.path(of: "cmark-gfm") != nil, "needs cmark-gfm"), arguments: names)
    func theRecordParsesAsGFMWithItsTablesIntact(name: String) throws {
        let record = try record(of: name)
        let output = try #require(try ExternalTool.run("cmark-gfm", ["-e", "table", "-t", "xml"], input: record))
        #expect(output.status == 0)
        let xml = output.stdout
        #expect(xml.components(separatedBy: "<table>").count - 1 == 2, "stakeholders and action plan tables")
        #expect(xml.contains(#"<code_block info="mermaid""#), "the ecogram as a Mermaid block")
        // Stakeholders (who, relation, interest, expects), then the plan (what, who, due, review,
        // with whom, who learns something, ground). An empty cell reads as `<table_cell />`.
        let cells = { (text: Substring) in text.components(separatedBy: "<table_cell").count - 1 }
        for (table, expected) in zip(xml.components(separatedBy: "<table>").dropFirst(), [4, 7]) {
            let body = table.components(separatedBy: "</table>")[0]
            let rows = body.components(separatedBy: "<table_row>").dropFirst()
            let header = body.components(separatedBy: "<table_header>")[1].components(separatedBy: "</table_header>")[0]
            #expect(cells(Substring(header)) == expected)
            for row in rows { #expect(cells(Substring(row)) == expected) }
        }
        #expect(!xml.contains("<html_block"), "no raw HTML from typed text")
    }
}
