import Foundation
import Testing

@testable import GPSKit

@Suite struct SVGEcogramRendererTests {
    static let renderer = SVGEcogramRenderer(texts: .embedded(.nl))

    static func members(in document: ParsedXML) -> [ParsedXML.Element] {
        document.elements.filter { $0.name == "g" && ($0.attributes["class"] ?? "").hasPrefix("member") }
    }

    @Test func theSVGParsesAndIsAnAccessibleImage() throws {
        let document = ParsedXML(Self.renderer.render(EcogramSamples.ecogram(12)))
        #expect(document.error == nil)
        let svg = try #require(document.root)
        #expect(svg.name == "svg")
        #expect(svg.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(svg.attributes["role"] == "img")
        #expect(svg.attributes["aria-labelledby"] == "ecogram-title ecogram-desc")
        #expect(svg.child("title")?.text == "Ecogram: Sam")
        #expect(svg.child("desc")?.text.contains("Aantal betrokkenen: 12.") == true)
    }

    @Test func everyMemberIsDrawnOnceWithATitleThatSaysEverything() throws {
        let ecogram = EcogramSamples.ecogram(20)
        let drawn = Self.members(in: ParsedXML(Self.renderer.render(ecogram)))
        #expect(drawn.compactMap { $0.attributes["id"] } == ecogram.members.map(\.identifier))
        let byID = Dictionary(uniqueKeysWithValues: drawn.map { ($0.attributes["id"] ?? "", $0) })
        for member in ecogram.members {
            let title = try #require(byID[member.identifier]?.child("title")?.text)
            #expect(title == Self.renderer.title(of: member))
            #expect(title.hasPrefix(member.label + ": " + member.relationLabel))
        }
        let oma = try #require(ecogram.members.first { $0.stakeholder.name == "Oma Jeanne" })
        #expect(byID[oma.identifier]?.child("title")?.text == "Oma Jeanne: relatie 2, gespannen band, steun van de cliënt, het gezin weet ervan")
    }

    /// Issue 11: "Jeugdconsulent van het…" lost its "OCJ"; a name now wraps before it is cut.
    @Test func aLongNameWrapsOntoASecondLineBeforeItIsCut() throws {
        #expect(EcogramLabel.lines("Jeugdconsulent van het OCJ", limit: 24) == ["Jeugdconsulent van het", "OCJ"])
        #expect(EcogramLabel.lines("Jonas (7)", limit: 24) == ["Jonas (7)"])
        let long = EcogramLabel.lines("de maatschappelijk werker van het OCMW van de gemeente", limit: 24)
        #expect(long.count == 2 && long[1].hasSuffix("…") && long.allSatisfy { $0.count <= 24 }, "\(long)")
        let ecogram = Ecogram(stakeholders: [
            Stakeholder(name: "Jeugdconsulent van het OCJ", category: .society), Stakeholder(name: "Jonas", category: .household),
        ])
        let drawn = Self.members(in: ParsedXML(Self.renderer.render(ecogram)))
        let consultant = try #require(drawn.first { $0.child("title")?.text.hasPrefix("Jeugdconsulent") == true })
        let label = try #require(consultant.child("text"))
        #expect(label.children.map(\.name) == ["tspan", "tspan"])
        #expect(label.children.map(\.text) == ["Jeugdconsulent van het", "OCJ"])
        let jonas = try #require(drawn.first { $0.child("title")?.text.hasPrefix("Jonas") == true })
        #expect(jonas.child("text")?.text == "Jonas" && jonas.child("text")?.children.isEmpty == true)
    }

    @Test(arguments: Tie.allCases)
    func theLineStyleOfEveryMemberMatchesItsTie(tie: Tie) throws {
        let ecogram = EcogramSamples.ecogram(16)
        for member in Self.members(in: ParsedXML(Self.renderer.render(ecogram))) where member.attributes["data-tie"] == tie.rawValue {
            #expect(member.attributes["class"]?.contains("tie-\(tie.rawValue)") == true)
            let line = try #require(member.children.first { $0.attributes["class"] == "tie" })
            let corners = (line.attributes["d"] ?? "").filter { $0 == "L" }.count
            let cross = member.children.first { $0.attributes["class"] == "tie-cross" }
            switch tie {
            case .strong: #expect(line.attributes["stroke-width"] == "4" && line.attributes["stroke-dasharray"] == nil && corners == 1)
            case .weak: #expect(line.attributes["stroke-dasharray"] != nil && corners == 1)
            case .stressful: #expect(corners > 4 && line.attributes["stroke-dasharray"] == nil)
            case .broken: #expect(cross != nil && corners == 1 && line.attributes["stroke"] == "#8c8c8c")
            }
            #expect((cross != nil) == (tie == .broken))
        }
    }

    @Test func arrowsFollowTheDirectionOfSupport() {
        let ecogram = EcogramSamples.ecogram(16)
        let drawn = Self.members(in: ParsedXML(Self.renderer.render(ecogram)))
        #expect(drawn.count == 16)
        for member in drawn {
            let line = member.children.first { $0.attributes["class"] == "tie" }
            let atCentre = line?.attributes["marker-start"] == "url(#arrow-to-client)"
            let atMember = line?.attributes["marker-end"] == "url(#arrow-from-client)"
            guard let support = SupportDirection(rawValue: member.attributes["data-support"] ?? "") else {
                Issue.record("member without data-support")
                continue
            }
            switch support {
            case .toClient: #expect(atCentre && !atMember)
            case .fromClient: #expect(!atCentre && atMember)
            case .both: #expect(atCentre && atMember)
            case .neither: #expect(!atCentre && !atMember)
            }
        }
    }

    @Test func theNodeShapeDependsOnTheCategory() {
        let drawn = Self.members(in: ParsedXML(Self.renderer.render(EcogramSamples.ecogram(10))))
        var shapes: [String: Set<String>] = [:]
        for member in drawn {
            let shape = member.children.first { $0.attributes["class"] == "node" }
            shapes[member.attributes["data-category"] ?? "", default: []].insert(shape?.attributes["data-shape"] ?? "")
        }
        #expect(shapes.values.allSatisfy { $0.count == 1 })
        #expect(Set(shapes.values.flatMap { $0 }).count == StakeholderCategory.sectors.count)
    }

    @Test func anEmptyEcogramSaysSoInsteadOfAnEmptyPicture() throws {
        let texts = MessageTable.embedded(.nl)
        let document = ParsedXML(SVGEcogramRenderer(texts: texts).render(Ecogram(stakeholders: [])))
        #expect(document.error == nil)
        #expect(document.elements.first { $0.name == "text" }?.text == texts(.ecogramEmpty))
        #expect(document.root?.attributes["role"] == "img")
    }

    @Test func theLegendHasEveryTieAndDirectionAndTheCategoriesInUse() {
        let ecogram = Ecogram(stakeholders: [Stakeholder(name: "Mama", category: .household), Stakeholder(name: "CLB", category: .services)])
        let document = ParsedXML(Self.renderer.render(ecogram))
        let legend = document.elements.first { $0.attributes["class"] == "legend" }
        let words = legend?.all.filter { $0.name == "text" }.map(\.text) ?? []
        #expect(words == ["Legende", "sterke band", "zwakke band", "gespannen band", "verbroken band", "steun naar de cliënt",
                          "steun van de cliënt", "steun in beide richtingen", "geen steun", "gezin en familie", "andere diensten"])
    }

    @Test func theLegendSitsBelowTheDrawing() throws {
        let layout = RadialLayoutTests.layout(EcogramSamples.ecogram(30))
        let document = ParsedXML(Self.renderer.render(EcogramSamples.ecogram(30)))
        let frame = try #require(document.elements.first { $0.attributes["class"] == "legend" }?.child("rect"))
        #expect(Double(frame.attributes["y"] ?? "") ?? 0 >= layout.bounds.maxY - 0.05)
    }

    @Test func theSameEcogramGivesTheSameBytes() {
        let ecogram = EcogramSamples.ecogram(30)
        #expect(Self.renderer.render(ecogram) == Self.renderer.render(ecogram))
    }

    @Test func namesAreEscapedAndNumbersHaveOneDecimal() {
        let svg = Self.renderer.render(Ecogram(stakeholders: [Stakeholder(name: "<b>\"Jan\" & 'Piet'</b>\u{1}\u{FFFF}", category: .informal)]))
        #expect(svg.contains("&lt;b&gt;&quot;Jan&quot; &amp; &apos;Piet&apos;&lt;/b&gt;"))
        #expect(!svg.contains("<b>"))
        #expect(SVGWriter.number(-0.04) == "0.0" || SVGWriter.number(-0.04) == "-0.0")
        #expect(SVGWriter.number(1234.56) == "1234.6")
        #expect(SVGWriter.escaped("a\u{0}\u{B}\t\u{FFFE}b") == "a\tb")
    }

    /// `GPS_SVG_SAMPLE_DIR=/tmp swift test --filter SVGEcogramRenderer` writes pictures to look at.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GPS_SVG_SAMPLE_DIR"] != nil))
    func writesSamplesToLookAt() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["GPS_SVG_SAMPLE_DIR"] ?? "/tmp")
        try Self.renderer.render(EcogramSamples.family).write(
            to: folder.appendingPathComponent("eco.svg"), atomically: true, encoding: .utf8)
        for count in [1, 3, 12, 30, 60, 500, 10_000] {
            try Self.renderer.render(EcogramSamples.ecogram(count)).write(
                to: folder.appendingPathComponent("eco-\(count).svg"), atomically: true, encoding: .utf8)
        }
    }
}

@Suite struct SVGEcogramScaleTests {
    /// Far more than anyone draws, but it must stay a valid picture, quickly.
    @Test(arguments: [500, 10_000])
    func largeEcogramsRenderQuicklyAndStillParse(count: Int) {
        let ecogram = EcogramSamples.ecogram(count)
        let renderer = SVGEcogramRenderer(texts: .embedded(.nl))
        var svg = ""
        let elapsed = ContinuousClock().measure { svg = renderer.render(ecogram) }
        #expect(elapsed < .seconds(count > 1_000 ? 20 : 2), "\(count) members took \(elapsed)")
        let document = ParsedXML(svg)
        #expect(document.error == nil)
        #expect(SVGEcogramRendererTests.members(in: document).count == count)
    }
}
