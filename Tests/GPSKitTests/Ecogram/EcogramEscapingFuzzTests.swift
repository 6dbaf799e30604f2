import Foundation
import Testing

@testable import GPSKit

/// 100 ecograms of 100 hostile names each (10,000 names), drawn in Mermaid and DOT: Mermaid
/// must pass the subset checker and decode to each name as drawn; dot must accept every graph
/// and its SVG must hold each name as drawn. Replay with
/// `GPS_ECOGRAM_SEED=<seed> swift test --filter EcogramEscapingFuzz`; `GPS_ECOGRAM_SEED=random`
/// and `GPS_ECOGRAM_COUNT=<ecograms>` search further.
@Suite struct EcogramEscapingFuzzTests {
    static let ecogramCount = Int(ProcessInfo.processInfo.environment["GPS_ECOGRAM_COUNT"] ?? "") ?? 100
    static let namesPerEcogram = 100
    static let defaultSeed: UInt64 = 0xEC06_2A11_2026

    static let seed = TestSeed.from("GPS_ECOGRAM_SEED", default: defaultSeed)

    /// Built once and shared by the three tests, so all three see the same names.
    static let ecograms: [Ecogram] = {
        var hostile = HostileEcogram(seed: seed)
        return (0..<ecogramCount).map { _ in hostile.ecogram(size: namesPerEcogram) }
    }()

    @Test func mermaidLabelsStayInsideTheirQuotesAndDecodeToTheName() {
        let seed = Self.seed
        let renderer = MermaidEcogramRenderer(texts: .embedded(.nl))
        var failures: [String] = []
        for (index, ecogram) in Self.ecograms.enumerated() {
            let check = MermaidCheck(renderer.render(ecogram))
            failures += check.problems.prefix(3).map { "ecogram \(index): \($0)" }
            for member in ecogram.members where check.nodes[member.identifier]?.hasPrefix(member.label) != true {
                failures.append("ecogram \(index) \(member.identifier): \(member.stakeholder.name.debugDescription) drawn as \(String(describing: check.nodes[member.identifier]?.debugDescription))")
            }
            for client in ecogram.clients where check.nodes["client"]?.contains(client.label) != true {
                failures.append("ecogram \(index): client \(client.stakeholder.name.debugDescription) missing from the centre")
            }
            if check.edges.count != ecogram.members.count {
                failures.append("ecogram \(index): \(check.edges.count) edges for \(ecogram.members.count) people")
            }
        }
        #expect(failures.isEmpty, "seed \(seed) (GPS_ECOGRAM_SEED=\(seed)):\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test(.enabled(if: GraphvizSVG.isAvailable, "dot is not installed"))
    func dotAcceptsEveryGraphAndDrawsEachNameAsTyped() throws {
        let seed = Self.seed
        let renderer = DotEcogramRenderer(texts: .embedded(.nl))
        var failures: [String] = []
        for (index, ecogram) in Self.ecograms.enumerated() {
            let svg = try #require(try GraphvizSVG.render(renderer.render(ecogram)))
            guard svg.status == 0, svg.wellFormed else {
                failures.append("ecogram \(index): dot exited \(svg.status): \(svg.stderr.prefix(300))")
                continue
            }
            for member in ecogram.members {
                let expected = [member.label] + (member.relationLabel.isEmpty ? [] : [member.relationLabel])
                if svg.nodeTexts[member.identifier] != expected {
                    failures.append("ecogram \(index) \(member.identifier): \(expected.map(\.debugDescription)) drawn as \(svg.nodeTexts[member.identifier]?.map(\.debugDescription) ?? [])")
                }
            }
        }
        #expect(failures.isEmpty, "seed \(seed) (GPS_ECOGRAM_SEED=\(seed)):\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test func everyNameFitsTheTerminal() {
        let renderer = TextEcogramRenderer(texts: .embedded(.nl))
        let widest = Self.ecograms.map { ecogram in
            renderer.render(ecogram).split(separator: "\n").map(DisplayWidth.of).max() ?? 0
        }.max() ?? 0
        #expect(widest <= 80, "seed \(Self.seed)")
    }
}
