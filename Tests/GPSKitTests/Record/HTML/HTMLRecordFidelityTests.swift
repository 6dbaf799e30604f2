import Foundation
import Testing

@testable import GPSKit

/// The HTML says what the Markdown record says: for seeded random cases full of hostile text,
/// the blocks, their kinds, bold and italic and every character read from the HTML (with
/// `XMLParser`) equal what cmark-gfm reads from the Markdown. Only the Mermaid block and its
/// legend become the drawn ecogram. Replay with `GPS_HTML_SEED=<seed>`.
@Suite(.enabled(if: CommonMarkAST.isAvailable, "cmark-gfm is not installed"))
struct HTMLRecordFidelityTests {
    static let caseCount = Int(ProcessInfo.processInfo.environment["GPS_HTML_COUNT"] ?? "") ?? 60
    static let seed = UInt64(ProcessInfo.processInfo.environment["GPS_HTML_SEED"] ?? "") ?? 0x4854_4D4C_2026

    @Test(arguments: [Language.nl, .en])
    func theHTMLReadsLikeTheMarkdownRecord(language: Language) throws {
        let texts = MessageTable.embedded(language)
        var failures = 0
        for index in 0..<Self.caseCount {
            let caseFile = RandomCase.make(seed: Self.seed, index: index)
            let legend = try cmarkBlocks(
                MermaidEcogramRenderer.legend(texts: texts, for: Ecogram(case: caseFile)).joined(separator: "\n"))
            let route = try #require(RandomCase.routes.first { $0.id == caseFile.route })
            let markdown = MarkdownRecordRenderer(questionnaire: route, texts: texts).render(caseFile)
            let html = HTMLRecordRenderer(questionnaire: route, texts: texts).render(caseFile)
            let (reading, error) = HTMLReadback.read(html)
            guard let reading else {
                failures += 1
                Issue.record("case \(index) (seed \(Self.seed)): not well-formed: \(error ?? "")")
                continue
            }
            let expected = Self.droppingLegend(try cmarkBlocks(markdown), legend: legend)
            if let difference = Self.firstDifference(expected, reading.blocks) {
                failures += 1
                if failures <= 3 { Issue.record("case \(index) (GPS_HTML_SEED=\(Self.seed)): \(difference)") }
            }
        }
        #expect(failures == 0)
    }

    func cmarkBlocks(_ markdown: String) throws -> [ReadBlock] {
        CommonMarkReadback.blocks(try #require(try CommonMarkAST.parse(markdown)))
    }

    /// The Mermaid legend explains Mermaid's lines; the drawing carries its own legend.
    static func droppingLegend(_ blocks: [ReadBlock], legend: [ReadBlock]) -> [ReadBlock] {
        guard let at = blocks.firstIndex(where: { $0.kind == "ecogram" }),
            Array(blocks.dropFirst(at + 1).prefix(legend.count)) == legend
        else { return blocks }
        return Array(blocks[...at] + blocks.dropFirst(at + 1 + legend.count))
    }

    static func firstDifference(_ expected: [ReadBlock], _ actual: [ReadBlock]) -> String? {
        for index in 0..<max(expected.count, actual.count) {
            let want = index < expected.count ? expected[index].description : "<none>"
            let got = index < actual.count ? actual[index].description : "<none>"
            if want != got { return "block \(index):\n  markdown: \(want)\n  html:     \(got)" }
        }
        return nil
    }
}
