import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `gps ecogram` and `gps rapport --ecogram svg` through the real binary.
@Suite struct EcogramEndToEndTests {
    let gps = GPSProcess()

    func exampleCase(_ name: String = "blauwe-plekken") throws -> String {
        let file = examplesFolder.appending(path: "\(name)/antwoorden.json")
        let result = try gps.run(["nieuw", "--antwoorden", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theTextEcogramIsTheDefaultAndNamesEveryone() throws {
        let id = try exampleCase()
        let result = try gps.run(["ecogram", id])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["Nadia", "Jonas (7)", "de consulent", "oma Rita"] { #expect(result.stdout.contains(name)) }
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test(arguments: [["--formaat", "mermaid"], ["--format", "mermaid"], ["--formaat=mermaid"]])
    func mermaidByEitherSpelling(option: [String]) throws {
        let id = try exampleCase()
        let result = try gps.run(["ecogram", id] + option)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("flowchart"))
    }

    @Test func dotIsAcceptedByGraphviz() throws {
        let id = try exampleCase()
        let dot = try gps.run(["ecogram", id, "--formaat", "dot"])
        #expect(dot.status == 0)
        let rendered = try #require(try runTool("dot", ["-Tsvg"], input: dot.stdout), "graphviz is installed by .ci/run")
        #expect(rendered.status == 0, "\(rendered.stderr)")
    }

    @Test func theSVGGoesToAPrivateFileAndParses() throws {
        let id = try exampleCase()
        let file = try gps.outputFile("eco.svg")
        let result = try gps.run(["ecogram", id, "--formaat", "svg", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try gps.mode(of: file) == 0o600)
        #expect(XMLParser(data: try Data(contentsOf: file)).parse())
    }

    @Test func anUnknownFormatNamesTheAllowedOnesWithStatus64() throws {
        let id = try exampleCase()
        let result = try gps.run(["ecogram", id, "--formaat", "png"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("png is geen geldige waarde voor --formaat (kies uit: tekst, mermaid, dot, svg)"))
        #expect(result.stdout.isEmpty)
    }

    @Test func theRecordLinksTheDrawingWrittenBesideIt() throws {
        let id = try exampleCase()
        let record = try gps.outputFile("verslag.md")
        let folder = record.deletingLastPathComponent()
        let result = try gps.run(["rapport", id, "-o", record.path, "--ecogram", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        let drawing = folder.appending(path: "verslag-ecogram.svg")
        #expect(try gps.mode(of: drawing) == 0o600)
        #expect(XMLParser(data: try Data(contentsOf: drawing)).parse())
        #expect(try String(contentsOf: record, encoding: .utf8).contains("](verslag-ecogram.svg)"))
    }

    @Test func aDrawingNeedsAFileToGoBeside() throws {
        let id = try exampleCase()
        let result = try gps.run(["rapport", id, "--ecogram", "svg"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--ecogram werkt alleen samen met -o"))
    }

    @Test func aCaseWithoutStakeholdersSaysSoInEveryFormat() throws {
        let file = gps.dataFolder.appending(path: "in.json")
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        try Data(#"{"title": "T", "date": "2026-11-20", "answers": {"hamvraag": "Wat nu?"}}"#.utf8).write(to: file)
        let id = try gps.run(["nieuw", "--antwoorden", file.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for format in ["tekst", "mermaid", "dot", "svg"] {
            let result = try gps.run(["ecogram", id, "--formaat", format])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Nog geen betrokkenen"), "\(format)")
        }
    }
}
