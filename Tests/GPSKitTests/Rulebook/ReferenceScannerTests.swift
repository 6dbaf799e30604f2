import Foundation
import Testing

@testable import GPSKit

/// The scanner finds the law as caregivers cite it, and nothing that only looks like a number.
@Suite struct ReferenceScannerTests {
    static let scanner = ReferenceScanner(rulebook: try! Rulebook.embedded())

    /// A phrase, the text the scanner must match in it, and the provision it must lead to.
    struct Found: Sendable, CustomTestStringConvertible {
        var text: String
        var matched: String
        var provision: String
        var testDescription: String { text }
    }

    static let positives: [Found] = [
        Found(text: "Ik beroep me op art. 458bis Sw.", matched: "art. 458bis Sw.", provision: "art-458bis"),
        Found(text: "volgens artikel 422 moet ik helpen", matched: "artikel 422", provision: "art-422bis"),
        Found(text: "zie 458 ter voor het overleg", matched: "458 ter", provision: "art-458ter"),
        Found(text: "art. 458, §1 is streng", matched: "art. 458, §1", provision: "art-458"),
        Found(text: "Art.458bis laat toe te spreken", matched: "Art.458bis", provision: "art-458bis"),
        Found(text: "dat is 422 bis", matched: "422 bis", provision: "art-422bis"),
        Found(text: "Sw. art. 458bis lijkt me hier", matched: "Sw. art. 458bis", provision: "art-458bis"),
        Found(text: "ik heb spreekrecht", matched: "spreekrecht", provision: "art-458bis"),
        Found(text: "dat is schuldig hulpverzuim", matched: "schuldig hulpverzuim", provision: "art-422bis"),
        Found(text: "le secret professionnel s'applique", matched: "secret professionnel", provision: "art-458"),
        Found(text: "art. 458 van het Strafwetboek", matched: "art. 458 van het Strafwetboek", provision: "art-458"),
        Found(text: "artikel 458 Sw. 1867", matched: "artikel 458 Sw. 1867", provision: "art-458"),
        Found(text: "ART. 422BIS SW.", matched: "ART. 422BIS SW.", provision: "art-422bis"),
        Found(text: "artikel 458bis Strafwetboek", matched: "artikel 458bis Strafwetboek", provision: "art-458bis"),
        Found(text: "Art. 458-bis", matched: "Art. 458-bis", provision: "art-458bis"),
        Found(text: "art. 422-ter", matched: "art. 422-ter", provision: "art-422ter"),
        Found(text: "art.\u{00A0}458", matched: "art.\u{00A0}458", provision: "art-458"),
        Found(text: "article 458bis du Code pénal", matched: "article 458bis du Code pénal", provision: "art-458bis"),
        Found(text: "article 422bis C.p.", matched: "article 422bis C.p.", provision: "art-422bis"),
        Found(text: "(art. 458 Sw.)", matched: "art. 458 Sw.", provision: "art-458"),
        Found(text: "artikel 422bis, § 2", matched: "artikel 422bis, § 2", provision: "art-422bis"),
        Found(text: "de regel 458 Sw geldt", matched: "458 Sw", provision: "art-458"),
        Found(text: "schuldig verzuim dreigt", matched: "schuldig verzuim", provision: "art-422bis"),
        Found(text: "Schuldig Verzuim", matched: "Schuldig Verzuim", provision: "art-422bis"),
        Found(text: "er is noodtoestand", matched: "noodtoestand", provision: "noodtoestand"),
        Found(text: "binnen het gedeeld beroepsgeheim", matched: "gedeeld beroepsgeheim", provision: "gedeeld-beroepsgeheim"),
        Found(text: "gezamenlijk  beroepsgeheim in het team", matched: "gezamenlijk  beroepsgeheim", provision: "gezamenlijk-beroepsgeheim"),
        Found(text: "het beroepsgeheim is heilig", matched: "beroepsgeheim", provision: "art-458"),
        Found(text: "een casusoverleg", matched: "casusoverleg", provision: "art-458ter"),
        Found(text: "de hulpverleningsplicht", matched: "hulpverleningsplicht", provision: "art-422bis"),
        Found(text: "ik heb een meldplicht", matched: "meldplicht", provision: "art-458bis"),
        Found(text: "non-assistance à personne en danger", matched: "non-assistance à personne en danger", provision: "art-422bis"),
        Found(text: "de AVG zegt", matched: "AVG", provision: "privacy"),
        Found(text: "volgens de GDPR", matched: "GDPR", provision: "privacy"),
        Found(text: "het état de nécessité", matched: "état de nécessité", provision: "noodtoestand"),
        Found(text: "ÉTAT DE NÉCESSITÉ", matched: "ÉTAT DE NÉCESSITÉ", provision: "noodtoestand"),
        Found(text: "meldrecht.", matched: "meldrecht", provision: "art-458bis"),
        Found(text: "'spreekrecht'", matched: "spreekrecht", provision: "art-458bis"),
        Found(text: "art. 458 oud Sw.", matched: "art. 458 oud Sw.", provision: "art-458"),
        Found(text: "art. 458ter", matched: "art. 458ter", provision: "art-458ter"),
        Found(text: "artikel\n458bis", matched: "artikel\n458bis", provision: "art-458bis"),
        Found(text: "de persoonlijke notities", matched: "persoonlijke notities", provision: "persoonlijke-notities"),
        Found(text: "art. 458 Sw. 2024", matched: "art. 458 Sw. 2024", provision: "art-458"),
        Found(text: "concertation de cas", matched: "concertation de cas", provision: "art-458ter"),
        Found(text: "(422ter)", matched: "422ter", provision: "art-422ter"),
    ]

    @Test(arguments: positives) func findsTheCitation(_ found: Found) throws {
        let references = Self.scanner.scan(found.text)
        let reference = try #require(references.first, "nothing found")
        #expect(references.count == 1, "\(references.map(\.matchedText))")
        #expect(reference.matchedText == found.matched)
        #expect(reference.resolution.meantProvision == found.provision)
        #expect(String(found.text[reference.range]) == found.matched)
    }

    static let negatives: [String] = [
        "op 17/11/2026 kwam ik langs", "datum 2024-04-08", "8 april 2026", "vanaf 17.11.2026", "om 4:58 uur",
        "het kost € 458", "het kost €458", "458 euro per maand", "458 EUR", "ze verdient 458,50", "458%",
        "bel 0458 12 34 56", "bel +32 458 12 34 56", "gsm 0458/12.34.56", "0032 458 12 34 56",
        "Kerkstraat 458", "Kerkstraat 458 bis", "Stationsstraat 422bis", "Dorpsplein 458ter", "nr. 458bis", "bus 422 bis",
        "458 mensen wachten", "kamer 422", "ze is 458 dagen oud", "458", "422 keer gebeld", "1867 was lang geleden",
        "art. 17/11/2026", "art. 8 april", "artikel van 8 mei 2026", "de arts 458 zei", "artisanaal 458",
        "artikel 3 van het huishoudelijk reglement", "het EVRM beschermt het gezinsleven", "Kinderrechtenverdrag 1989",
        "de Grondwet en het Kinderrechtenverdrag", "zie 29 Sv. verderop", "12 EVRM-zaken", "458bis van het reglement",
        "artikels over zorg", "art. 0458", "art-deco 458", "art. 45812", "dossier 458bis-2026", "ABC458bis",
        "458bisx", "de ter zake bevoegde", "bis repetita", "geheim", "geheimen", "beroepsgeheimen",
    ]

    @Test(arguments: negatives) func findsNothingIn(_ text: String) {
        let references = Self.scanner.scan(text)
        #expect(references.isEmpty, "\(references.map(\.matchedText))")
    }

    @Test func thereAreEnoughPhrasings() {
        #expect(Self.positives.count >= 40)
        #expect(Self.negatives.count >= 40)
    }

    // MARK: - Resolution

    @Test func citing422IsANoteThat422bisIsMeantAndWhy() throws {
        let reference = try #require(Self.scanner.scan("zie artikel 422").first)
        guard case .misCitation(let citation) = reference.resolution else {
            Issue.record("\(reference.resolution)")
            return
        }
        #expect(citation.means == "art-422bis")
        #expect(!citation.why.nl.isEmpty && !citation.why.en.isEmpty)
        #expect(reference.resolution.needsAttention)
    }

    @Test(arguments: [
        ("art. 459", "art-458"), ("artikel 421", "art-422bis"), ("art. 458quinquies", "art-458ter"),
        ("art. 457", "art-458"), ("art. 3", "art-422bis"),
    ])
    func anUnknownArticleIsAWarningWithTheNearestProvision(text: String, nearest: String) throws {
        let reference = try #require(Self.scanner.scan(text).first)
        #expect(reference.resolution == .notInRulebook(nearest: nearest))
        #expect(reference.resolution.meantProvision == nil)
    }

    /// 458quater is an article of its own (since 2017), not a way of writing 458ter: it is not
    /// in the rulebook, and 458ter is at most a suggestion.
    @Test(arguments: [
        ("art 458quater", Resolution.mappingOnly(rows: ["art-458quater"], nearest: "art-458ter")),
        ("458quater", .mappingOnly(rows: ["art-458quater"], nearest: "art-458ter")),
        ("art. 458 quater Sw.", .mappingOnly(rows: ["art-458quater"], nearest: "art-458ter")),
        ("art. 458quinquies", .notInRulebook(nearest: "art-458ter")),
        ("art. 422quater", .mappingOnly(rows: ["art-422quater"], nearest: "art-422ter")),
    ])
    func aSuffixTheRulebookLacksIsNeverSubstituted(text: String, resolution: Resolution) throws {
        let reference = try #require(Self.scanner.scan(text).first)
        #expect(reference.resolution == resolution)
        #expect(reference.resolution.meantProvision == nil)
        #expect(Self.scanner.lookup(text) == resolution)
    }

    static let otherInstruments: [(String, String)] = [
        ("Kinderrechtenverdrag art. 19", "kinderrechtenverdrag"), ("AVG art. 9", "avg"), ("EVRM art. 8", "evrm"),
        ("Grondwet art. 22", "grondwet"), ("art. 9 AVG", "avg"), ("art. 19 van het Kinderrechtenverdrag", "kinderrechtenverdrag"),
        ("art. 1382 BW", "burgerlijk-wetboek"), ("art. 29 Sv.", "strafvordering"), ("artikel 9 GDPR", "avg"),
        ("art. 12 van de Grondwet", "grondwet"), ("artikel 29 van het Wetboek van Strafvordering", "strafvordering"),
        ("IVRK art. 3", "kinderrechtenverdrag"), ("art. 3 van het VN-Kinderrechtenverdrag", "kinderrechtenverdrag"),
        ("art. 31 van het Verdrag van Istanbul", "verdrag-van-istanbul"), ("Patiëntenrechtenwet art. 9", "patientenrechtenwet"),
        ("art. 8, § 2 EVRM", "evrm"), ("Grondwet, art. 22", "grondwet"), ("art. 1382 van het Burgerlijk Wetboek", "burgerlijk-wetboek"),
        ("article 8 of the ECHR", "evrm"), ("Gw. art. 22", "grondwet"),
    ]

    @Test(arguments: otherInstruments)
    func anArticleOfAnotherInstrumentIsThatInstrumentsArticle(text: String, instrument: String) throws {
        let references = Self.scanner.scan(text)
        #expect(references.map(\.matchedText) == [text])
        let reference = try #require(references.first)
        #expect(reference.resolution == .otherInstrument(try #require(Self.scanner.rulebook.recognition.instrument(id: instrument))))
        #expect(reference.resolution.meantProvision == nil)
        #expect(reference.resolution.needsAttention)
        if case .article(_, _, let code) = reference.citation { #expect(code == .other) } else { Issue.record("\(reference.citation)") }
    }

    @Test func svIsTheCodeOfCriminalProcedureAndSwTheCriminalCode() throws {
        let references = Self.scanner.scan("art. 29 Sv. en art. 458 Sw., art. 29 Sw en art. 458 Sv")
        #expect(references.map(\.matchedText) == ["art. 29 Sv.", "art. 458 Sw.", "art. 29 Sw", "art. 458 Sv"])
        let procedure = try #require(Self.scanner.rulebook.recognition.instrument(id: "strafvordering"))
        #expect(references.map(\.resolution) == [
            .otherInstrument(procedure), .provision("art-458"), .notInRulebook(nearest: "art-422bis"), .otherInstrument(procedure),
        ])
    }

    @Test func anInstrumentNamedBeforeTheArticleIsNotThePrivacyPhrase() {
        #expect(Self.scanner.scan("AVG art. 9").map(\.resolution.meantProvision) == [nil])
        #expect(Self.scanner.scan("de AVG zegt dat art. 9 streng is").map(\.resolution.meantProvision) == ["privacy", nil])
    }

    @Test func anArticleListBeforeAnInstrumentBelongsToIt() {
        let references = Self.scanner.scan("art. 5 en 32 AVG")
        #expect(references.map(\.matchedText) == ["art. 5", "32 AVG"])
        #expect(references.allSatisfy { if case .otherInstrument = $0.resolution { true } else { false } })
    }

    /// Every marker of every instrument, before or after the article, with or without a link word.
    @Test func everyInstrumentMarkerIsFoundBeforeAndAfterAnArticle() throws {
        let recognition = Self.scanner.rulebook.recognition
        for instrument in recognition.instruments {
            for marker in instrument.markers {
                for text in ["art. 7 \(marker)", "\(marker) art. 7", "\(marker), artikel 7"] + recognition.instrumentLinks.map({ "art. 7 \($0) \(marker)" }) {
                    let references = Self.scanner.scan(text)
                    #expect(references.map(\.matchedText) == [text])
                    #expect(references.first?.resolution == .otherInstrument(instrument), "\(text)")
                }
            }
        }
    }

    @Test func theRecognitionDataNamesTheInstrumentsCaregiversCite() throws {
        let recognition = Self.scanner.rulebook.recognition
        let expected: [String: [String]] = [
            "kinderrechtenverdrag": ["Kinderrechtenverdrag", "IVRK", "VN-Kinderrechtenverdrag"], "avg": ["AVG", "GDPR"],
            "burgerlijk-wetboek": ["BW", "Burgerlijk Wetboek"], "strafvordering": ["Sv.", "Wetboek van Strafvordering"],
            "grondwet": ["Grondwet", "Gw."], "evrm": ["EVRM"], "verdrag-van-istanbul": ["Verdrag van Istanbul"],
            "patientenrechtenwet": ["Patiëntenrechtenwet"],
        ]
        for (id, markers) in expected {
            let instrument = try #require(recognition.instrument(id: id), "\(id)")
            for marker in markers { #expect(instrument.markers.contains(marker), "\(id): \(marker)") }
        }
        for instrument in recognition.instruments {
            #expect(!instrument.name.nl.isEmpty && !instrument.name.en.isEmpty && instrument.name.nl != instrument.name.en, "\(instrument.id)")
            #expect(!instrument.name.nl.lowercased().contains("strafwetboek"), "\(instrument.id)")
        }
        let criminal = Set(recognition.codeMarkers.filter { $0.code != .other }.map { $0.phrase.lowercased() })
        #expect(criminal.isDisjoint(with: recognition.instruments.flatMap(\.markers).map { $0.lowercased() }))
    }

    // MARK: - A line of a list

    @Test(arguments: [
        ("422", "art-422bis"), ("458", "art-458"), ("458bis", "art-458bis"), ("458 bis", "art-458bis"), (" 422bis ", "art-422bis"),
        ("458ter.", "art-458ter"), ("422-ter", "art-422ter"), ("\t458\u{00A0}", "art-458"),
    ])
    func aKnownNumberAloneOnALineIsACitation(line: String, provision: String) throws {
        let references = Self.scanner.scan(listItem: line)
        #expect(references.count == 1)
        let reference = try #require(references.first)
        #expect(reference.resolution.meantProvision == provision)
        #expect(reference.matchedText == line.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "."))))
    }

    @Test func bare422OnALineIsTheKnownMisCitation() throws {
        let reference = try #require(Self.scanner.scan(listItem: "422").first)
        guard case .misCitation(let citation) = reference.resolution else {
            Issue.record("\(reference.resolution)")
            return
        }
        #expect(citation.id == "422-for-422bis")
    }

    @Test func aSuffixTheRulebookLacksAloneOnALineIsNotInTheRulebook() throws {
        #expect(Self.scanner.scan(listItem: "458quinquies").map(\.resolution) == [.notInRulebook(nearest: "art-458ter")])
        #expect(Self.scanner.scan(listItem: "458quater").map(\.resolution) == [.mappingOnly(rows: ["art-458quater"], nearest: "art-458ter")])
    }

    @Test(arguments: [
        "2026", "1867", "12", "459", "0458", "458 keer", "ik belde 458 keer", "Kerkstraat 458", "458,50", "17/11", "458/12",
        "4:58", "€ 458", "458 euro", "458bisx", "458 Sv.",
    ])
    func anythingElseOnALineIsScannedAsText(line: String) {
        #expect(Self.scanner.scan(listItem: line).isEmpty, "\(Self.scanner.scan(listItem: line).map(\.matchedText))")
    }

    @Test(arguments: negatives)
    func aNegativePhrasingIsNoCitationAsALineEither(_ text: String) {
        guard text != "458" else { return }
        #expect(Self.scanner.scan(listItem: text).isEmpty, "\(Self.scanner.scan(listItem: text).map(\.matchedText))")
    }

    @Test func aNumberInTheMappingTableSaysSo() throws {
        let reference = try #require(Self.scanner.scan("art. 423 Sw.").first)
        #expect(reference.resolution == .mappingOnly(rows: ["verlating", "verlating-gevolg"], nearest: "art-422bis"))
    }

    @Test func anOldNumberUnderTheNewCodeIsFlagged() throws {
        let reference = try #require(Self.scanner.scan("art. 458 nieuw Strafwetboek").first)
        #expect(reference.resolution == .oldNumberUnderNewCode(provision: "art-458"))
        #expect(reference.citation == .article(ArticleNumber(base: 458), paragraph: nil, code: .sw2024))
    }

    @Test(arguments: ["nieuw Strafwetboek art. 328", "art. 328 Sw. 2024", "Sw. 2024, art. 328", "artikel 328 van het nieuwe Strafwetboek"])
    func aNewCodeNumberFromTheMappingIsFound(text: String) throws {
        let reference = try #require(Self.scanner.scan(text).first)
        #expect(reference.resolution == .mappingOnly(rows: ["verlating"], nearest: nil))
        #expect(reference.matchedText == text)
    }

    @Test func anUnknownNewCodeNumberHasNoNearestProvision() throws {
        let reference = try #require(Self.scanner.scan("art. 500 nieuw Sw.").first)
        #expect(reference.resolution == .notInRulebook(nearest: nil))
    }

    // MARK: - Lists and offsets

    @Test func aListAfterArttGivesOneReferencePerNumber() {
        let text = "zie artt. 458 en 458bis, 422bis of 422ter Sw."
        let references = Self.scanner.scan(text)
        #expect(references.map(\.resolution.meantProvision) == ["art-458", "art-458bis", "art-422bis", "art-422ter"])
        #expect(references.map(\.matchedText) == ["artt. 458", "458bis", "422bis", "422ter Sw."])
        #expect(references.allSatisfy { if case .article(_, _, .criminal) = $0.citation { true } else { false } })
    }

    @Test func aSingularCueContinuesOnlyWithArticleLikeNumbers() {
        #expect(Self.scanner.scan("art. 458 en 458bis").count == 2)
        #expect(Self.scanner.scan("art. 458 en 12 andere regels").count == 1)
    }

    @Test func offsetsPointAtTheMatchInUTF8() throws {
        let text = "Één zorg: ik dacht aan art. 458bis en aan het spreekrecht."
        let references = Self.scanner.scan(text)
        #expect(references.count == 2)
        for reference in references {
            let bytes = Array(text.utf8)[reference.utf8Offsets]
            #expect(String(decoding: bytes, as: UTF8.self) == reference.matchedText)
            #expect(text[reference.range] == reference.matchedText)
        }
        #expect(references.first?.utf8Offsets.lowerBound == text.utf8.distance(from: text.startIndex, to: text.range(of: "art.")!.lowerBound))
    }

    @Test func referencesComeInTextOrder() {
        let text = "spreekrecht, dan art. 422, dan het casusoverleg en 458 Sw."
        let starts = Self.scanner.scan(text).map(\.utf8Offsets.lowerBound)
        #expect(starts.count == 4)
        #expect(starts == starts.sorted())
    }

    @Test func theParagraphIsKept() throws {
        let reference = try #require(Self.scanner.scan("art. 458, § 1").first)
        #expect(reference.citation == .article(ArticleNumber(base: 458), paragraph: "§ 1", code: .unspecified))
    }
}
