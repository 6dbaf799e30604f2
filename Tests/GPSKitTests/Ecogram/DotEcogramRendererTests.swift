import Foundation
import Testing

@testable import GPSKit

@Suite struct DotEcogramRendererTests {
    let renderer = DotEcogramRenderer(texts: .embedded(.nl))

    @Test func everyoneIsOneNodeAroundTheClient() {
        let source = renderer.render(EcogramFixtures.tenPeople)
        #expect(source.hasPrefix("digraph \"ecogram\" {\n    charset=\"UTF-8\"\n    layout=\"twopi\"\n    root=\"client\"\n"))
        #expect(source.contains("\n    \"client\" [label=\"Maria\", shape=\"doublecircle\""))
        for member in EcogramFixtures.tenPeople.members {
            #expect(source.components(separatedBy: "\"\(member.identifier)\" [label=").count == 2)
            #expect(source.components(separatedBy: "-> \"\(member.identifier)\" [").count == 2)
        }
    }

    static let tieAttributes: [Tie: String] = [
        .strong: "penwidth=\"3\"", .weak: "style=\"dashed\"",
        .stressful: "color=\"#c0392b:invis:#c0392b\", label=\"⚡\"", .broken: "style=\"dotted\", label=\"✕\"",
    ]
    static let directions: [SupportDirection: String] = [.toClient: "back", .fromClient: "forward", .both: "both", .neither: "none"]

    @Test(arguments: Tie.allCases, SupportDirection.allCases)
    func eachEdgeShowsItsTieAndSupport(tie: Tie, support: SupportDirection) throws {
        let source = renderer.render(Ecogram(stakeholders: [EcogramFixtures.person("Jan", tie: tie, support: support)]))
        let edge = "\n    \"client\" -> \"p1\" [dir=\"\(Self.directions[support]!)\", \(Self.tieAttributes[tie]!)"
        #expect(source.contains(edge))
    }

    @Test func anEmptyEcogramIsOnePlainTextNode() throws {
        let source = renderer.render(Ecogram(stakeholders: []))
        let message = MessageTable.embedded(.nl)(.ecogramEmpty)
        #expect(source == "digraph \"ecogram\" {\n    charset=\"UTF-8\"\n    \"empty\" [shape=\"plaintext\", label=\"\(message)\"]\n}\n")
        if let svg = try GraphvizSVG.render(source) {
            #expect(svg.nodeTexts == ["empty": [message]])
        }
    }

    @Test func twoPeopleWithTheSameNameAreTwoNodes() throws {
        let source = renderer.render(Ecogram(stakeholders: [EcogramFixtures.person("Jan"), EcogramFixtures.person("Jan")]))
        #expect(source.contains("\"p1\" [label=\"Jan\""))
        #expect(source.contains("\"p2\" [label=\"Jan\""))
        if let svg = try GraphvizSVG.render(source) {
            #expect(svg.nodeTexts.filter { $0.value == ["Jan"] }.keys.sorted() == ["p1", "p2"])
        }
    }

    @Test func escapingKeepsBackslashesQuotesAndEntitiesAsTyped() throws {
        let name = #"a\N "b" &amp; &#35; \\ <i>x</i> \"#
        let source = renderer.render(Ecogram(stakeholders: [EcogramFixtures.person(name)]))
        #expect(source.contains(#""p1" [label="a\\N \"b\" &amp;amp; &amp;#35; \\\\ <i>x</i> \\""#))
        if let svg = try GraphvizSVG.render(source) {
            #expect(svg.nodeTexts["p1"] == [name])
        }
    }

    @Test(.enabled(if: GraphvizSVG.isAvailable, "dot is not installed"), arguments: Array(1...30))
    func dotDrawsEcogramsOfEverySize(size: Int) throws {
        let ecogram = EcogramFixtures.sized(size)
        let svg = try #require(try GraphvizSVG.render(renderer.render(ecogram)))
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.wellFormed)
        for member in ecogram.members {
            #expect(svg.nodeTexts[member.identifier] == [member.label])
        }
    }

    @Test(.enabled(if: GraphvizSVG.isAvailable, "dot is not installed"))
    func dotDrawsEveryTieAndDirection() throws {
        let svg = try #require(try GraphvizSVG.render(renderer.render(EcogramFixtures.everyStyle)))
        #expect(svg.status == 0 && svg.wellFormed, "\(svg.stderr)")
        #expect(svg.edgeTexts.sorted() == Array(repeating: "⚡", count: 4) + Array(repeating: "✕", count: 4))
    }
}
