import Foundation
import Testing

@testable import GPSKit

@Suite struct RadialLayoutTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        let id: String
        let only: StakeholderCategory?
        let name: @Sendable (Int) -> String

        var testDescription: String { id }

        static let all: [Scenario] = [
            Scenario(id: "Dutch names, mixed sectors", only: nil) { EcogramSamples.names[$0 % EcogramSamples.names.count] },
            Scenario(id: "5,000-character names", only: nil) { String(repeating: "Wwm\($0) ", count: 1_000) },
            Scenario(id: "emoji names", only: nil) { String(repeating: "👩‍👩‍👧🇧🇪", count: 20 + $0) },
            Scenario(id: "one-letter names", only: nil) { "ab".map(String.init)[$0 % 2] },
            Scenario(id: "all in the household", only: .household) { "Gezinslid nummer \($0) met een lange naam" },
            Scenario(id: "all in society", only: .society) { "Dienst \($0)" },
            Scenario(id: "wide capitals, all informal", only: .informal) { String(repeating: "WM", count: $0 + 1) },
        ]
    }

    static func layout(_ ecogram: Ecogram) -> RadialLayout {
        RadialLayout(ecogram, centreText: ecogram.centreLabel(.embedded(.nl))) { $0.rawValue }
    }

    static func overlaps(in layout: RadialLayout) -> [String] {
        let labels = layout.nodes.map { ("label \($0.member.number)", $0.label.box) }
            + layout.sectors.map { ("sector \($0.category)", $0.label.box) }
        let solids = layout.nodes.map { ("node \($0.member.number)", $0.box) } + [("centre", layout.centreBox)]
        var problems: [String] = []
        for (index, label) in labels.enumerated() {
            for other in labels[(index + 1)...] + solids where label.1.intersects(other.1) {
                problems.append("\(label.0) overlaps \(other.0)")
            }
        }
        return problems
    }

    @Test(arguments: Scenario.all)
    func noLabelOverlapsAnotherLabelANodeOrTheCentreUpToThirtyMembers(scenario: Scenario) {
        for count in 1...30 {
            let layout = Self.layout(EcogramSamples.ecogram(count, only: scenario.only, name: scenario.name))
            let problems = Self.overlaps(in: layout)
            #expect(problems.isEmpty, "\(count) members: \(problems.prefix(5))")
        }
    }

    @Test func randomMixesOfSectorsAndNameLengthsNeverOverlap() {
        var random = SplitMix64(seed: 0x5EC7_0125)
        for _ in 0..<200 {
            let count = Int.random(in: 1...30, using: &random)
            let lengths = (0..<count).map { _ in Int.random(in: 0...40, using: &random) }
            let sectors = (0..<count).map { _ in StakeholderCategory.sectors.randomElement(using: &random)! }
            let stakeholders = (0..<count).map { index in
                Stakeholder(name: String(repeating: "x", count: lengths[index]), category: sectors[index])
            }
            let layout = Self.layout(Ecogram(stakeholders: stakeholders))
            #expect(Self.overlaps(in: layout).isEmpty, "lengths \(lengths), sectors \(sectors)")
        }
    }

    @Test func everyMemberIsPlacedExactlyOnceInTheWedgeOfItsCategory() {
        for count in 1...30 {
            let ecogram = EcogramSamples.ecogram(count)
            let layout = Self.layout(ecogram)
            #expect(layout.nodes.map(\.member.number).sorted() == ecogram.members.map(\.number).sorted())
            for node in layout.nodes {
                let sector = layout.sectors.first { $0.category == node.member.stakeholder.category }
                #expect(sector.map { $0.startAngle < node.angle && node.angle < $0.endAngle } == true)
            }
            #expect(layout.sectors.map(\.category) == ecogram.occupiedSectors)
        }
    }

    @Test func labelsAreShortenedAndReadAwayFromTheCentre() {
        let layout = Self.layout(EcogramSamples.ecogram(12, name: { String(repeating: "lang", count: $0 + 1) }))
        for node in layout.nodes {
            #expect(node.label.lines.count <= RadialLayout.maximumLabelLines)
            #expect(node.label.lines.allSatisfy { $0.count <= RadialLayout.maximumLabelLength })
            switch node.label.alignment {
            case .start: #expect(node.label.box.minX > node.box.maxX)
            case .end: #expect(node.label.box.maxX < node.box.minX)
            case .middle: #expect(node.label.box.maxY <= node.box.minY || node.label.box.minY >= node.box.maxY)
            }
        }
    }

    @Test func theBoundsHoldEverything() {
        let layout = Self.layout(EcogramSamples.ecogram(30))
        let boxes = layout.nodes.flatMap { [$0.box, $0.label.box] } + layout.sectors.map(\.label.box) + [layout.centreBox]
        #expect(boxes.allSatisfy { layout.bounds.union($0) == layout.bounds })
    }

    @Test func theSameEcogramGivesTheSameLayout() {
        let ecogram = EcogramSamples.ecogram(25)
        #expect(Self.layout(ecogram) == Self.layout(ecogram))
    }

    @Test func tenThousandMembersAreLaidOutQuickly() {
        let clock = ContinuousClock()
        var layout: RadialLayout?
        let elapsed = clock.measure { layout = Self.layout(EcogramSamples.ecogram(10_000)) }
        #expect(layout?.nodes.count == 10_000)
        #expect(elapsed < .seconds(5))
    }
}
