import Foundation
import Testing

@testable import GPSKit

/// The record's account of the law named in H1: every fact with its confidence, the old number
/// with the new one (or "still to be verified"), her judgments, and nothing typed left raw.
@Suite struct LawRecordSectionTests {
    static let rulebook = try! Rulebook.embedded()
    static let labels = Confidence.allCases.map { rulebook.label($0, in: .nl) }

    func caseFile(_ norms: [String], judgments: ConditionJudgments = [:]) -> CaseFile {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["wetgeving"] = .list(norms)
        caseFile.conditionJudgments = judgments
        return caseFile
    }

    func section(_ caseFile: CaseFile, _ language: Language = .nl) throws -> String {
        try #require(Self.section(of: caseFile, language).markdown)
    }

    static func section(of caseFile: CaseFile, _ language: Language = .nl) -> LawRecordSection {
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: Fixtures.fullRoute, rulebook: rulebook)
        return LawRecordSection(caseFile: caseFile, reasoning: reasoning, texts: .embedded(language), rulebook: rulebook)
    }

    @Test func everyFactLineCarriesAConfidenceLabel() throws {
        let text = try section(caseFile(["art. 458bis Sw.", "art. 422", "gedeeld beroepsgeheim", "noodtoestand"]))
        // The verdict and the steps resting on a provision are GPS's conclusions, not legal facts.
        let conclusions = ["- **Oordeel:**", "- **Stappen die erop rusten:**"]
        let facts = text.split(separator: "\n").filter { $0.hasPrefix("- ") || $0.hasPrefix("**art.") }
            .filter { line in !conclusions.contains { line.hasPrefix($0) } }
        #expect(facts.count > 20)
        for line in facts {
            #expect(Self.labels.contains { line.contains($0) }, "no confidence on: \(line)")
        }
    }

    @Test func theOldNumberIsShownWithTheNewOneOrAsStillToBeVerified() throws {
        let text = try section(caseFile(["art. 458bis"]))
        #expect(text.contains("- **Nummer:** art. 458bis Sw. 1867 (bevestigd) → nieuw nummer in Sw. 2024 nog te verifiëren"))
        var provision = try #require(Self.rulebook.provision(id: "art-458bis"))
        provision.newNumber = Sourced("123", confidence: .likely)
        let facts = ProvisionFacts(rulebook: Self.rulebook, texts: .embedded(.nl))
        #expect(facts.numbers(provision) == "art. 458bis Sw. 1867 (bevestigd) → art. 123 Sw. 2024 (waarschijnlijk — niet in de officiële tekst nagekeken)")
    }

    @Test func herJudgmentsAndReasonsAreShownPerCondition() throws {
        let text = try section(caseFile(["458bis"], judgments: [
            "art-458bis": ["bound": ConditionJudgment(.yes, why: "ik ben verzorgende"), "cannot-protect": ConditionJudgment(.no), "danger-imminent": ConditionJudgment(.notSure)],
        ]))
        #expect(text.contains("Je bent door je staat of beroep houder van geheimen. (bevestigd) — **voldaan** · *waarom:* ik ben verzorgende"))
        #expect(text.contains("(bevestigd) — **niet voldaan**\n"))
        #expect(text.contains("- *één van deze volstaat:* Gevaar A: een ernstig en dreigend gevaar voor de fysieke of psychische integriteit van deze persoon. (bevestigd) — **niet zeker**"))
        #expect(text.contains("— *niet beoordeeld*"))
        #expect(text.contains("- *ter info:* Dit is een recht, geen plicht"))
    }

    @Test func aMisCitationSaysWhichProvisionIsMeantAndAnUnknownOneNamesTheNearest() throws {
        let text = try section(caseFile(["art. 422 (hulpplicht)", "art. 459"]))
        #expect(text.contains("**art. 422bis · Schuldig hulpverzuim**"))
        #expect(text.contains("- Je schreef 422; bedoeld is art. 422bis. De hulpplicht is art. 422bis;"))
        #expect(text.contains("- Let op: art. 459 staat niet in het regelboek en is dus niet nagekeken. De dichtstbijzijnde bepaling is art. 458; kijk na of je die bedoelt."))
    }

    // MARK: - Issue 10: the scanner in the law answer

    @Test func aBareKnownNumberOnItsOwnLineIsACitation() throws {
        let law = CitedLaw(["422", "458", "458bis", "458 bis", " 422bis "], rulebook: Self.rulebook)
        #expect(law.provisionIDs == ["art-422bis", "art-458", "art-458bis"])
        #expect(law.named.first?.misCitations.map(\.id) == ["422-for-422bis"])
        #expect(law.unplaced.isEmpty)
        let text = try section(caseFile(["422"]))
        #expect(text.contains("**art. 422bis · Schuldig hulpverzuim**"))
        #expect(text.contains("- Je schreef 422; bedoeld is art. 422bis."))
    }

    @Test func aBareNumberInsideASentenceIsStillNoCitation() {
        let law = CitedLaw(["ik belde 458 keer", "Kerkstraat 458", "2026", "1867", "op 17/11 om 4:22", "€ 422"], rulebook: Self.rulebook)
        #expect(law.named.isEmpty)
        #expect(law.unplaced.isEmpty)
    }

    @Test(arguments: ["art. 458quater", "458quater", "art. 458quinquies", "art. 422quater"])
    func aSuffixTheRulebookLacksIsNotInTheRulebookAndNeverSubstituted(line: String) throws {
        let law = CitedLaw([line], rulebook: Self.rulebook)
        #expect(law.named.isEmpty, "\(law.provisionIDs)")
        #expect(law.unplaced.count == 1)
        let text = try section(caseFile([line]))
        #expect(!text.contains("**art. 458ter"))
        #expect(!text.contains("**art. 422ter"))
        #expect(text.contains("- Let op: \(line) staat niet in het regelboek en is dus niet nagekeken. De dichtstbijzijnde bepaling is art. 4"))
        #expect(text.contains("kijk na of je die bedoelt."))
    }

    static let otherInstruments = [
        ("Kinderrechtenverdrag art. 19", "art. 19 van het Kinderrechtenverdrag"), ("AVG art. 9", "art. 9 van de AVG (GDPR)"),
        ("EVRM art. 8", "art. 8 van het EVRM"), ("Grondwet art. 22", "art. 22 van de Grondwet"), ("art. 9 AVG", "art. 9 van de AVG (GDPR)"),
        ("art. 19 van het Kinderrechtenverdrag", "art. 19 van het Kinderrechtenverdrag"), ("art. 1382 BW", "art. 1382 van het Burgerlijk Wetboek"),
        ("art. 29 Sv.", "art. 29 van het Wetboek van Strafvordering (Sv.)"),
    ]

    @Test(arguments: otherInstruments)
    func anArticleOfAnotherInstrumentIsNeverMatchedToACriminalCodeProvision(line: String, shown: String) throws {
        let law = CitedLaw([line], rulebook: Self.rulebook)
        #expect(law.named.isEmpty, "\(law.provisionIDs)")
        #expect(law.unplaced.count == 1)
        #expect(law.unplaced.allSatisfy { $0.nearest == nil && $0.instrument != nil })
        let text = try section(caseFile([line]))
        #expect(!text.contains("dichtstbijzijnde"))
        #expect(text.contains("- Let op: \(shown) hoort niet bij het Strafwetboek; het regelboek gaat er niet over, dus GPS kijkt het niet na."))
    }

    @Test func anArticleOfAnotherInstrumentReadsInEnglishToo() throws {
        let text = try section(caseFile(["Kinderrechtenverdrag, art. 19 (bescherming tegen geweld)", "art. 458bis"]), .en)
        #expect(text.contains("- Note: art. 19 of the Convention on the Rights of the Child is not part of the Criminal Code; the rulebook does not cover it, so GPS does not check it."))
        #expect(text.contains("**art. 458bis · "))
    }

    @Test func theStatusDateIsShownOnceAndTheDisclaimerStaysOneLine() throws {
        let caseFile = caseFile(["art. 458", "art. 458bis", "art. 422bis"])
        let text = try section(caseFile)
        #expect(text.components(separatedBy: "22 november 2026").count == 2)
        let record = MarkdownRecordRenderer(questionnaire: Fixtures.fullRoute, texts: .embedded(.nl)).render(caseFile)
        #expect(record.components(separatedBy: MessageTable.embedded(.nl)(.recordNotLegalAdvice)).count == 2)
        #expect(!record.contains(Self.rulebook.disclaimer.nl))
        #expect(record.contains("**Getoetst aan het regelboek**"))
    }

    @Test func judgmentsOfAProvisionNoLongerNamedAreLeftOutWithOneLine() throws {
        let text = try section(caseFile(["art. 458"], judgments: ["art-458ter": ["organised": ConditionJudgment(.yes, why: "zeldzaamwoord")]]))
        #expect(text.contains("*Er staan ook oordelen over art. 458ter in deze casus, maar je noemt die niet meer in je antwoord; die oordelen tellen hier niet mee.*"))
        #expect(!text.contains("zeldzaamwoord"))
    }

    @Test func typedReasonsAreEscaped() throws {
        let why = "<script>x</script> | **vet** [link](http://x) <!-- \n# kop"
        let text = try section(caseFile(["art. 458"], judgments: ["art-458": ["bound": ConditionJudgment(.yes, why: why)]]))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("**vet**"))
        #expect(!text.contains("\n# kop"))
    }

    @Test func nothingIsAddedWhenH1CitesNoProvision() {
        let section = Self.section(of: caseFile(["de rechten van het kind"]))
        #expect(section.markdown == nil)
    }

    @Test func englishReadsTheSameFacts() throws {
        let text = try section(caseFile(["art. 458bis"]), .en)
        #expect(text.contains("- **Number:** art. 458bis Sw. 1867 (confirmed) → new number in Sw. 2024 still to be verified"))
        #expect(text.contains("Rulebook status as of 22 November 2026."))
    }
}
