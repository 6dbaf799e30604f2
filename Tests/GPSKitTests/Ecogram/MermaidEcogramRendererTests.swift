import Foundation
import Testing

@testable import GPSKit

@Suite struct MermaidEcogramRendererTests {
    let renderer = MermaidEcogramRenderer(texts: .embedded(.nl))

    @Test func everyoneIsOneNodeInTheSubgraphOfTheirSector() throws {
        let source = renderer.render(EcogramFixtures.tenPeople)
        let check = MermaidCheck(source)
        #expect(check.problems == [])
        #expect(check.nodes["client"] == "Maria")
        for member in EcogramFixtures.tenPeople.members {
            #expect(source.components(separatedBy: "\(member.identifier)[").count == 2)
            #expect(check.nodes[member.identifier]?.hasPrefix(member.label) == true)
        }
        #expect(check.subgraphs == ["s_household": "Gezin en familie", "s_informal": "Informeel netwerk", "s_services": "Andere diensten", "s_organisation": "Eigen organisatie", "s_society": "Samenleving en justitie"])
        #expect(source.contains("    subgraph s_household[\"Gezin en familie\"]\n        p2[\"Jef · echtgenoot\"]\n"))
    }

    static let arrows: [String: String] = [
        "strong toClient": "p1 ==> client", "strong fromClient": "client ==> p1", "strong both": "p1 <==> client", "strong none": "p1 === client",
        "weak toClient": "p1 -.-> client", "weak fromClient": "client -.-> p1", "weak both": "p1 <-.-> client", "weak none": "p1 -.- client",
        "stressful toClient": "p1 -- \"⚡\" --> client", "stressful fromClient": "client -- \"⚡\" --> p1",
        "stressful both": "p1 <-- \"⚡\" --> client", "stressful none": "p1 -- \"⚡\" --- client",
        "broken toClient": "p1 -- \"✕\" --> client", "broken fromClient": "client -- \"✕\" --> p1",
        "broken both": "p1 <-- \"✕\" --> client", "broken none": "p1 -- \"✕\" --- client",
    ]

    @Test(arguments: Tie.allCases, SupportDirection.allCases)
    func eachEdgeShowsItsTieAndSupport(tie: Tie, support: SupportDirection) throws {
        let source = renderer.render(Ecogram(stakeholders: [EcogramFixtures.person("Jan", tie: tie, support: support)]))
        let edge = try #require(Self.arrows["\(tie.rawValue) \(support.rawValue)"])
        #expect(source.contains("\n    \(edge)\n"))
        #expect(source.contains("linkStyle 0 stroke:#c0392b") == (tie == .stressful))
        #expect(MermaidCheck(source).problems == [])
    }

    @Test func stressfulEdgesAreStyledByTheirIndex() {
        let check = MermaidCheck(renderer.render(EcogramFixtures.everyStyle))
        #expect(check.problems == [])
        let source = renderer.render(EcogramFixtures.everyStyle)
        let styled = source.split(separator: "\n").filter { $0.contains("linkStyle") }.map { Int($0.split(separator: " ")[1])! }
        #expect(styled.map { check.edges[$0].text } == Array(repeating: "⚡", count: 4))
        #expect(check.edges.filter { $0.text == "⚡" }.count == 4)
    }

    @Test func anEmptyEcogramIsOneNodeWithTheMessage() {
        let check = MermaidCheck(renderer.render(Ecogram(stakeholders: [])))
        #expect(check.problems == [])
        #expect(check.nodes == ["empty": MessageTable.embedded(.nl)(.ecogramEmpty)])
    }

    @Test func twoPeopleWithTheSameNameAreTwoNodes() {
        let check = MermaidCheck(renderer.render(Ecogram(stakeholders: [EcogramFixtures.person("Jan"), EcogramFixtures.person("Jan")])))
        #expect(check.nodes.filter { $0.value == "Jan" }.keys.sorted() == ["p1", "p2"])
        #expect(check.edges.count == 2)
    }

    @Test func labelsAreEncodedAndReadBackAsTyped() {
        let name = "\"Jan\" <b>&amp; #1 `code` #quot; \\N end"
        let source = renderer.render(Ecogram(stakeholders: [EcogramFixtures.person(name)]))
        #expect(source.contains("p1[\"#quot;Jan#quot; #lt;b#gt;#amp;amp; #35;1 #96;code#96; #35;quot; \\N end\"]"))
        #expect(MermaidCheck(source).nodes["p1"] == name)
    }

    @Test func theLegendIsAMarkdownListInBothLanguages() {
        let nl = MermaidEcogramRenderer.legend(texts: .embedded(.nl))
        #expect(nl.count == 5)
        #expect(nl.allSatisfy { $0.hasPrefix("- ") })
        #expect(nl[0] == "- dikke lijn: sterke band")
        #expect(MermaidEcogramRenderer.legend(texts: .embedded(.en))[1] == "- dotted line: weak tie")
    }

    @Test func theLegendOfAnEcogramExplainsOnlyTheLinesItDraws() {
        let ecogram = Ecogram(stakeholders: [
            Stakeholder(name: "Client", category: .client), EcogramFixtures.person("Jef", tie: .stressful),
            EcogramFixtures.person("Rita", tie: .weak),
        ])
        let legend = MermaidEcogramRenderer.legend(texts: .embedded(.nl), for: ecogram)
        #expect(legend == [
            "- stippellijn: zwakke band", "- rode streeplijn met ⚡: gespannen band",
            "- de pijl wijst in de richting van de steun; een lijn zonder pijl: geen steun",
        ])
        #expect(MermaidEcogramRenderer.legend(texts: .embedded(.nl), for: EcogramFixtures.everyStyle).count == 5)
    }
}
