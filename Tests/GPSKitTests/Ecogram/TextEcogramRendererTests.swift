import Foundation
import Testing

@testable import GPSKit

@Suite struct TextEcogramRendererTests {
    let renderer = TextEcogramRenderer(texts: .embedded(.nl))

    @Test func everyoneAppearsOnceUnderTheirSector() {
        let text = renderer.render(EcogramFixtures.tenPeople)
        for member in EcogramFixtures.tenPeople.members {
            #expect(text.components(separatedBy: member.label).count == 2, "\(member.label)")
        }
        #expect(text.contains("In het midden: Maria\n"))
        #expect(text.contains("Gezin en familie\n  cliënt ◀/\\/\\/\\/▶ Jef (echtgenoot)\n"))
        #expect(text.contains("Samenleving en justitie\n  cliënt  /\\/\\/\\/▶ Vrederechter (bewindvoering)\n                   gedwongen hulp · het gezin weet ervan\n"))
    }

    @Test(arguments: Tie.allCases, SupportDirection.allCases)
    func eachSpokeShowsItsTieAndSupport(tie: Tie, support: SupportDirection) {
        let ecogram = Ecogram(stakeholders: [EcogramFixtures.person("Jan", tie: tie, support: support)])
        let glyph = ["strong": "━━━━━━━", "weak": "- - - -", "stressful": "/\\/\\/\\/", "broken": "──┤ ├──"][tie.rawValue]!
        let heads = ["toClient": ("◀", " "), "fromClient": (" ", "▶"), "both": ("◀", "▶"), "none": (" ", " ")][support.rawValue]!
        #expect(renderer.render(ecogram).contains("\n  cliënt \(heads.0)\(glyph)\(heads.1) Jan\n"))
    }

    @Test func theLegendNamesEveryTieAndDirection() {
        let text = renderer.render(EcogramFixtures.tenPeople)
        let legend = text.components(separatedBy: "\nLegende\n").last ?? ""
        #expect(legend.contains("  ━━━━━━━  sterke band       ◀───────   steun naar de cliënt\n"))
        for key in Tie.allCases.map(\.name) + SupportDirection.allCases.map(\.name) {
            #expect(legend.contains(MessageTable.embedded(.nl)(key)))
        }
    }

    @Test func anEmptyEcogramSaysSo() {
        #expect(renderer.render(Ecogram(stakeholders: [])) == MessageTable.embedded(.nl)(.ecogramEmpty) + "\n")
    }

    @Test func twoPeopleWithTheSameNameAreTwoLines() {
        let text = renderer.render(Ecogram(stakeholders: [EcogramFixtures.person("Jan"), EcogramFixtures.person("Jan")]))
        #expect(text.components(separatedBy: " Jan\n").count == 3)
    }

    @Test func longNamesWrapAndShortenWithinEightyColumns() {
        let name = String(repeating: "Woordenwaterval ", count: 40) + String(repeating: "漢", count: 200)
        let ecogram = Ecogram(stakeholders: [EcogramFixtures.person(name), EcogramFixtures.person(String(repeating: "👩‍👩‍👧", count: 300))])
        let lines = renderer.render(ecogram).split(separator: "\n")
        #expect(lines.map(DisplayWidth.of).max() ?? 0 <= 80)
        #expect(lines.count < 20)
        #expect(lines.contains { $0.hasSuffix("…") })
    }

    @Test func hostileNamesNeverRunPastEightyColumns() {
        var hostile = HostileEcogram(seed: 80)
        for _ in 0..<30 {
            let ecogram = hostile.ecogram(size: 20)
            for language in [Language.nl, .en] {
                let widest = TextEcogramRenderer(texts: .embedded(language)).render(ecogram).split(separator: "\n").map(DisplayWidth.of).max() ?? 0
                #expect(widest <= 80)
            }
        }
    }

    @Test func theSameEcogramGivesTheSameBytes() {
        #expect(renderer.render(EcogramFixtures.tenPeople) == renderer.render(EcogramFixtures.tenPeople))
    }

    @Test(arguments: [("abc", 3), ("漢字", 4), ("e\u{301}", 1), ("👩‍👩‍👧", 2), ("🇧🇪", 2), ("#️⃣", 2), ("\u{200D}", 0), ("▶", 1)])
    func displayWidthCountsColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}
