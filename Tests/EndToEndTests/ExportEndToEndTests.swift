import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `gps export` through the real binary: Markdown by default, one HTML file with `--html`.
@Suite struct ExportEndToEndTests {
    let gps = GPSProcess()

    func exampleCase() throws -> String {
        let file = examplesFolder.appending(path: "blauwe-plekken/antwoorden.json")
        let result = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func htmlGoesToStandardOutputAndParsesAsXML() throws {
        let id = try exampleCase()
        let result = try gps.run(["export", id, "--html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"))
        #expect(XMLParser(data: Data(result.stdout.utf8)).parse())
        #expect(result.stdout.contains("<h2>Stap 4 · De knoop doorhakken</h2>"))
        #expect(result.stdout.contains("<figure class=\"ecogram\">\n<svg "))
        #expect(result.stderr.isEmpty)
    }

    @Test func withOutputItWritesAPrivateFileAndSaysWhere() throws {
        let id = try exampleCase()
        let file = try gps.outputFile("verslag.html")
        let result = try gps.run(["export", id, "--html", "-o", file.path, "--taal", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Export written to \(file.path)\n")
        #expect(try gps.mode(of: file) == 0o600)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("lang=\"en\"") && html.contains("<h1>Decision record: "))
    }

    @Test func withoutHtmlItIsTheMarkdownRecord() throws {
        let id = try exampleCase()
        let export = try gps.run(["export", id])
        let report = try gps.run(["rapport", id])
        #expect(export.status == 0 && report.status == 0)
        #expect(export.stdout == report.stdout)
    }

    @Test func theCaseFileIsOnlyRead() throws {
        let id = try exampleCase()
        let caseFile = try #require(
            try FileManager.default.contentsOfDirectory(at: gps.dataFolder, includingPropertiesForKeys: nil, options: [])
                .flatMap { folder in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path))?.map { folder.appending(path: $0) } ?? [] }
                .first { $0.lastPathComponent.hasPrefix(id) && $0.pathExtension == "json" })
        let before = try Data(contentsOf: caseFile)
        #expect(try gps.run(["export", id, "--html"]).status == 0)
        #expect(try Data(contentsOf: caseFile) == before)
    }

    @Test func anUnknownCaseFailsWithNothingOnStandardOutput() throws {
        let result = try gps.run(["export", "2026-01-01-zzz", "--html"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }
}
