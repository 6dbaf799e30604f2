import Foundation
import Testing

@testable import GPSKit

/// The record's account of the law named in H1: marks without noise (display rule 7), the code
/// on the facts' day (rule 8), the old number with the new one (or "still to be verified"), her
/// judgments, and nothing typed left raw.
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

    static let likely = rulebook.label(.likely, in: .nl)

    /// Display rule 7: the marks explained once; one mark per provision, its weakest fact; a
    /// fact's own mark only where it is less certain than that.
    @Test func theLegendExplainsTheMarksOnceAndEachProvisionCarriesOne() throws {
        let caseFile = caseFile(["art. 458bis Sw.", "art. 422", "gedeeld beroepsgeheim", "noodtoestand", "privacywetgeving"])
        let text = try section(caseFile)
        #expect(text.components(separatedBy: Self.likely).count == 2, "the long label is said once, in the legend")
        #expect(text.contains("Merken: bevestigd; \(Self.likely); niet geverifieerd."))
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: Fixtures.fullRoute, rulebook: Self.rulebook)
        let facts = ProvisionFacts(rulebook: Self.rulebook, texts: .embedded(.nl))
        #expect(reasoning.verdicts.count == 5)
        for verdict in reasoning.verdicts {
            let heading = try #require(text.split(separator: "\n").first { $0.hasPrefix("**") && $0.contains(verdict.provision.title.value.nl) })
            #expect(heading.hasSuffix("** (" + facts.mark(facts.weakest(verdict.provision)) + ")"), "\(heading)")
        }
        #expect(text.contains("**Privacywetgeving voor je notities (AVG en kaderwet gegevensbescherming)** (niet geverifieerd)"))
        #expect(text.contains("**art. 458bis · Spreekrecht bij misdrijven tegen minderjarigen of kwetsbare personen** (waarschijnlijk)"))
    }

    /// Said once, each with its own mark: the code on the facts' day (rule 8), how long each
    /// code is valid, the old numbers the articles share.
    @Test func whatHoldsForEveryProvisionIsSaidOnce() throws {
        let text = try section(caseFile(["art. 458", "art. 458bis", "art. 422bis"]))
        #expect(text.contains("- **Wet op de dag van de feiten:** 20 november 2026: Nieuw Strafwetboek (wetten van 29 februari 2024, Sw. 2024) (waarschijnlijk)"))
        #expect(text.contains("- **Geldigheid van de wetboeken:** oude nummering (Sw. 1867): tot en met 7 april 2026; nieuw Strafwetboek (Sw. 2024): vanaf 8 april 2026 (waarschijnlijk)"))
        #expect(text.contains("- **Nummers:** art. 458, art. 458bis, art. 422bis: nummers van Sw. 1867 (bevestigd); nieuw nummer in Sw. 2024 nog te verifiëren"))
        #expect(text.components(separatedBy: "7 april 2026").count == 2)
        #expect(!text.contains("**Geldigheid:**"), "an article valid as long as its code says nothing more")
        var old = caseFile(["art. 458bis"])
        old.date = try #require(CaseDay(year: 2026, month: 3, day: 2))
        #expect(try section(old).contains("- **Wet op de dag van de feiten:** 2 maart 2026: Strafwetboek van 8 juni 1867 (Sw. 1867) (waarschijnlijk)"))
    }

    @Test func aFactShowsItsOwnMarkOnlyWhereItIsLessCertainThanItsProvision() throws {
        // Under the new code, partner violence is unverified (rule 8): that point says so; the
        // points as sure as the provision or surer carry no mark.
        let text = try section(caseFile(["art. 458bis"], judgments: [
            "art-458bis": [
                "bound": ConditionJudgment(.yes), "protected-victim": ConditionJudgment(.yes, options: ["partner-violence"]),
                "cannot-protect": ConditionJudgment(.no),
            ],
        ]))
        let points = text.split(separator: "\n").filter { $0.hasPrefix("- (") }
        #expect(points.count == 3)
        #expect(points[0] == "- (1) gebonden aan het beroepsgeheim: **voldaan**")
        #expect(points[1].contains("kwetsbaar door partnergeweld (niet geverifieerd voor feiten van deze dag; daarom nog open)"))
        #expect(points[1].contains("noemt partnergeweld niet. (niet geverifieerd)*"))
        #expect(points[2] == "- (5) niet zelf of met anderen kunnen beschermen: **niet voldaan**")
        #expect(!text.contains("(bevestigd)") || text.components(separatedBy: "(bevestigd)").count == 2, "only the shared numbers line")
        // A minor is not partner violence: nothing unverified is said.
        let minor = try section(caseFile(["art. 458bis"], judgments: ["art-458bis": ["protected-victim": ConditionJudgment(.yes, options: ["minor"])]]))
        #expect(!minor.contains("partnergeweld niet"))
    }

    @Test func pointsNotJudgedAreCountedNotListedUnlessUnverifiedForTheDay() throws {
        let judged = ["art-458bis": ["bound": ConditionJudgment(.yes), "cannot-protect": ConditionJudgment(.no)]]
        let text = try section(caseFile(["art. 458bis"], judgments: judged))
        #expect(text.contains("- 6 punten nog niet beoordeeld"))
        #expect(!text.contains("niet beoordeeld**"))
        #expect(try section(caseFile(["art. 422bis"])).contains("- **Oordeel:** **open**\n- 4 punten nog niet beoordeeld"))
        // A point whose wording is unverified under the new code stays visible unjudged.
        var rulebook = Self.rulebook
        let provision = try #require(rulebook.provisions.firstIndex { $0.id == "art-458bis" })
        let point = try #require(rulebook.provisions[provision].checklist.conditions.firstIndex { $0.id == "cannot-protect" })
        let caveat = try #require(rulebook.provisions[provision].checklist.conditions.flatMap(\.options).compactMap(\.underNewCode).first)
        rulebook.provisions[provision].checklist.conditions[point].underNewCode = caveat
        let caseFile = caseFile(["art. 458bis"], judgments: judged.mapValues { $0.filter { $0.key == "bound" } })
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: Fixtures.fullRoute, rulebook: rulebook)
        let shown = try #require(LawRecordSection(caseFile: caseFile, reasoning: reasoning, texts: .embedded(.nl), rulebook: rulebook).markdown)
        #expect(shown.contains("- (5) niet zelf of met anderen kunnen beschermen (niet geverifieerd): **niet beoordeeld**"), "\(shown)")
        #expect(shown.contains("- 6 punten nog niet beoordeeld"))
    }

    @Test func theOldNumberIsShownWithTheNewOneOrAsStillToBeVerified() throws {
        let text = try section(caseFile(["art. 458bis"]))
        #expect(text.contains("- **Nummers:** art. 458bis: nummers van Sw. 1867 (bevestigd); nieuw nummer in Sw. 2024 nog te verifiëren"))
        var provision = try #require(Self.rulebook.provision(id: "art-458bis"))
        provision.newNumber = Sourced("123", confidence: .likely)
        let facts = ProvisionFacts(rulebook: Self.rulebook, texts: .embedded(.nl))
        #expect(facts.numbers(provision, under: .likely) == "art. 458bis Sw. 1867 → art. 123 Sw. 2024")
        provision.newNumber = Sourced("123", confidence: .unverified)
        #expect(facts.numbers(provision, under: .likely) == "art. 458bis Sw. 1867 → art. 123 Sw. 2024 (niet geverifieerd)")
    }

    @Test func herJudgmentsAndReasonsAreShownPerCondition() throws {
        let text = try section(caseFile(["458bis"], judgments: [
            "art-458bis": ["bound": ConditionJudgment(.yes, why: "ik ben verzorgende"), "cannot-protect": ConditionJudgment(.no), "danger-imminent": ConditionJudgment(.notSure)],
        ]))
        #expect(text.contains("- (1) gebonden aan het beroepsgeheim: **voldaan** · *waarom:* ik ben verzorgende"))
        #expect(text.contains("- (5) niet zelf of met anderen kunnen beschermen: **niet voldaan**\n"))
        #expect(text.contains("- (6) gevaar A: ernstig en dreigend: **niet zeker**"))
        #expect(text.contains("- **Oordeel:** **niet gedekt** — niet voldaan: punt 5; nog niet zeker: punt 6"))
        #expect(text.contains("- *Bekendmaken is alleen gedekt als gevaar A of gevaar B er is en elk ander punt klopt.*"))
        #expect(!text.contains("ter info"), "notes are left to gps wet")
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
        #expect(text.contains("- **Numbers:** art. 458bis: numbers of Sw. 1867 (confirmed); new number in Sw. 2024 still to be verified"))
        #expect(text.contains("Rulebook, status as of 22 November 2026."))
        #expect(text.contains("**art. 458bis · Right to inform the public prosecutor of offences against minors or vulnerable persons** (likely)"), "\(text)")
    }
}
