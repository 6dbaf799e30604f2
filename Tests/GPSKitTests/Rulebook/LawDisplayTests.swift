import Foundation
import Testing

@testable import GPSKit

/// What `gps wet` shows: every legal fact with its confidence, a new number only when it is
/// confirmed, the status date and the disclaimer once.
@Suite struct LawDisplayTests {
    static let rulebook = try! Rulebook.embedded()

    static func wording(_ book: Rulebook = rulebook, _ language: Language = .nl) -> LawWording {
        LawWording(rulebook: book, texts: MessageTable.embedded(language))
    }

    static func labels(_ language: Language) -> [String] {
        Confidence.allCases.map { "[" + rulebook.label($0, in: language) + "]" }
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The lines of one section ("Nummers") up to the next blank line.
    func section(_ heading: String, of text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test(arguments: rulebook.provisions.map(\.id), Language.allCases)
    func everyFactOfAProvisionCarriesItsConfidence(id: String, language: Language) throws {
        let provision = try #require(Self.rulebook.provision(id: id))
        let text = TextProvisionRenderer(wording: Self.wording(Self.rulebook, language)).render(provision)
        let labels = Self.labels(language)
        let texts = MessageTable.embedded(language)
        #expect(labels.contains { text.components(separatedBy: "\n")[0].contains($0) }, "title")
        for heading in [texts(.lawNumbersLabel), texts(.lawValidityLabel), texts(.lawPenaltyLabel)] {
            let lines = section(heading, of: text)
            #expect(!lines.isEmpty, "\(heading)")
            for line in lines { #expect(labels.contains { line.contains($0) }, "\(heading): \(line)") }
        }
        let conditions = section(texts(.lawConditionsLabel), of: text).filter { $0.contains("[ ]") || $0.contains("(") }
        #expect(conditions.count >= provision.conditions.count)
        for line in conditions where line.contains("[ ]") { #expect(labels.contains { line.contains($0) }, "\(line)") }
        let verbatim = texts(.lawVerbatimHeading, ["article": "@", "language": "@"]).components(separatedBy: "@")[1]
        let textHeadings = section(texts(.lawTextLabel), of: text).filter {
            $0.contains(texts(.lawParaphraseHeading)) || $0.contains(verbatim)
        }
        #expect(textHeadings.count == provision.texts.count)
        for line in textHeadings { #expect(labels.contains { line.contains($0) }, "\(line)") }
    }

    @Test func theListShowsOldAndNewNumberOfEveryProvisionWithConfidence() {
        let text = TextRulebookRenderer(wording: Self.wording()).provisions()
        for provision in Self.rulebook.provisions {
            let lines = text.components(separatedBy: "\n")
            let index = try! #require(lines.firstIndex { $0.hasPrefix("  \(provision.id)  ") })
            #expect(Self.labels(.nl).contains { lines[index].contains($0) })
            let numbers = lines[index + 1]
            #expect(Self.labels(.nl).contains { numbers.contains($0) })
            if provision.kind == .article {
                #expect(numbers.contains("art. \(provision.oldNumber.value!) Sw. 1867 [bevestigd] → "))
                #expect(numbers.contains("nieuw nummer in Sw. 2024 nog te verifiëren [niet geverifieerd]"))
            }
        }
    }

    func withNewNumber(_ value: String?, _ confidence: Confidence) -> String {
        var book = Self.rulebook
        let index = book.provisions.firstIndex { $0.id == "art-458bis" }!
        book.provisions[index].newNumber = Sourced(value, confidence: confidence, sources: ["fod-reform"])
        return TextProvisionRenderer(wording: Self.wording(book)).render(book.provisions[index])
    }

    @Test func aNewNumberIsShownAsFactOnlyWhenConfirmed() {
        #expect(withNewNumber("999", .confirmed).contains("nieuw (Sw. 2024): art. 999 Sw. 2024 [bevestigd]"))
        let likely = withNewNumber("999", .likely)
        #expect(likely.contains("art. 999 Sw. 2024, nieuw nummer nog na te kijken [waarschijnlijk — niet in de officiële tekst nagekeken]"))
        let unverified = withNewNumber("999", .unverified)
        #expect(!unverified.contains("999"))
        #expect(unverified.contains("nieuw (Sw. 2024): nieuw nummer in Sw. 2024 nog te verifiëren [niet geverifieerd]"))
        #expect(withNewNumber(nil, .unverified).contains("nieuw nummer in Sw. 2024 nog te verifiëren [niet geverifieerd]"))
    }

    @Test func theDisclaimerAndTheStatusDateAppearOnceInEveryView() throws {
        let wording = Self.wording()
        let views = [
            TextRulebookRenderer(wording: wording).provisions(), TextRulebookRenderer(wording: wording).sources(),
            TextProvisionRenderer(wording: wording).render(try #require(Self.rulebook.provision(id: "art-458bis"))),
            TextLawQueryRenderer(wording: wording).render("422").text, TextLawQueryRenderer(wording: wording).render("459").text,
            ReferenceReport(wording: wording).render("art. 458bis en art. 422 en art. 459\nspreekrecht"),
        ]
        for view in views {
            #expect(count(wording.disclaimer, in: view) == 1, "\(view)")
            #expect(count("stand van zaken: 22 november 2026", in: view) == 1, "\(view)")
            #expect(!wording.disclaimer.contains("\n"))
        }
    }

    @Test func statutoryTextIsQuotedWithItsSourceAndAParaphraseIsLabelled() throws {
        let text = TextProvisionRenderer(wording: Self.wording()).render(try #require(Self.rulebook.provision(id: "art-458bis")))
        #expect(text.contains("  > Art. 458bis.[1 Eenieder"))
        #expect(text.contains("bron: elfri.be"))
        #expect(text.contains("Woorden bevestigd, versiedatum niet geverifieerd"))
        let paraphrased = TextProvisionRenderer(wording: Self.wording()).render(try #require(Self.rulebook.provision(id: "art-458")))
        #expect(paraphrased.contains("samenvatting in eigen woorden, geen wettekst ["))
        #expect(!paraphrased.contains("  > "))
    }

    @Test func oneOfConditionsAreShownAsOneGroup() throws {
        let text = TextProvisionRenderer(wording: Self.wording(Self.rulebook, .en)).render(try #require(Self.rulebook.provision(id: "art-458bis")))
        let lines = section("Conditions", of: text)
        let start = try #require(lines.firstIndex(of: "  one of these:"))
        #expect(lines[start + 1].hasPrefix("    [ ] "))
        #expect(lines[start + 2].hasPrefix("    [ ] "))
        #expect(count("one of these:", in: text) == 1)
    }

    @Test func aMisCitationSaysWhichProvisionIsMeantAndWhy() {
        let answer = TextLawQueryRenderer(wording: Self.wording()).render("422")
        #expect(answer.found)
        #expect(answer.text.hasPrefix("\"422\": waarschijnlijk bedoel je art. 422bis Sw. 1867. De hulpplicht is art. 422bis"))
        #expect(answer.text.contains("art. 422bis Sw. 1867 — Schuldig hulpverzuim"))
    }

    @Test(arguments: ["458bis", "art. 458bis Sw.", "spreekrecht", "Art-458BIS", "458 bis"])
    func aliasesAndCitationsFindTheProvision(query: String) {
        let answer = TextLawQueryRenderer(wording: Self.wording()).render(query)
        #expect(answer.found)
        #expect(answer.text.contains("art. 458bis Sw. 1867 — Spreekrecht"))
    }

    @Test func anUnknownArticleNamesTheNearestAndIsNotFound() {
        let answer = TextLawQueryRenderer(wording: Self.wording()).render("459")
        #expect(!answer.found)
        #expect(answer.text.contains("art. 459 staat niet in het regelboek, wat niet wil zeggen dat het niet bestaat. Bedoel je misschien art. 458 Sw. 1867? Dat is een ander artikel."))
        let typo = TextLawQueryRenderer(wording: Self.wording()).render("spreekrech")
        #expect(!typo.found)
        #expect(typo.text.contains("Zie: gps wet art-458bis"))
    }

    @Test(arguments: [
        ("458quater", "art. 458ter"), ("art. 458quater", "art. 458ter"), ("458 quinquies", "art. 458ter"), ("art. 422quater Sw.", "art. 422ter"),
    ])
    func aSuffixTheRulebookLacksIsNotFoundAndTheNearestIsOnlyASuggestion(query: String, nearest: String) {
        let answer = TextLawQueryRenderer(wording: Self.wording()).render(query)
        #expect(!answer.found)
        #expect(answer.text.contains("staat niet in het regelboek"))
        #expect(answer.text.contains("Bedoel je misschien \(nearest) Sw. 1867?"), "\(answer.text)")
        #expect(!answer.text.contains(" — Casusoverleg"))
        #expect(!answer.text.contains("Voorwaarden"))
    }

    @Test func quaterIsNotTerInEnglishEither() {
        let answer = TextLawQueryRenderer(wording: Self.wording(Self.rulebook, .en)).render("458quater")
        #expect(!answer.found)
        #expect(answer.text.hasPrefix("art. 458quater is not in the rulebook; the numbering table does know it (inserted in 2017 together with 458ter"))
        #expect(answer.text.contains("Did you perhaps mean art. 458ter Sw. 1867? See: gps law art-458ter"))
    }

    @Test(arguments: [
        ("AVG art. 9", "art. 9 van de AVG (GDPR)"), ("art. 9 AVG", "art. 9 van de AVG (GDPR)"),
        ("Kinderrechtenverdrag art. 19", "art. 19 van het Kinderrechtenverdrag"), ("art. 29 Sv.", "art. 29 van het Wetboek van Strafvordering (Sv.)"),
    ])
    func anArticleOfAnotherInstrumentIsNotFoundAndHasNoNearest(query: String, shown: String) {
        let answer = TextLawQueryRenderer(wording: Self.wording()).render(query)
        #expect(!answer.found)
        #expect(answer.text.hasPrefix(shown + " hoort niet bij het Strafwetboek; het regelboek gaat er niet over, dus GPS kijkt het niet na.\n"))
        #expect(!answer.text.contains("Bedoel je misschien"), "\(answer.text)")
        #expect(!answer.text.contains("422bis"), "\(answer.text)")
        #expect(!answer.text.contains("privacy"), "\(answer.text)")
    }

    @Test func theReportNamesTheInstrumentAndGivesNoNearest() {
        let report = ReferenceReport(wording: Self.wording()).render("Kinderrechtenverdrag art. 19 en art. 458quater")
        let lines = report.components(separatedBy: "\n")
        #expect(lines.contains("1:1\tKinderrechtenverdrag art. 19\tlet op (zie toelichting 1)"))
        #expect(lines.contains("1:33\tart. 458quater\tlet op (zie toelichting 2)"))
        #expect(report.contains("  1. art. 19 van het Kinderrechtenverdrag hoort niet bij het Strafwetboek;"))
        #expect(report.contains("  2. art. 458quater staat niet in het regelboek;"))
        #expect(!report.contains("422bis"))
    }

    @Test func theReportGivesLineAndColumnInCharactersAndExplainsOnce() {
        let text = "Élise zegt: art. 458bis Sw.\n\té art. 422 en nog eens artikel 422\nop 17/11/2026 € 458"
        let report = ReferenceReport(wording: Self.wording()).render(text)
        let lines = report.components(separatedBy: "\n")
        #expect(lines.contains("1:13\tart. 458bis Sw.\tart. 458bis Sw. 1867"))
        #expect(lines.contains("2:4\tart. 422\tbedoeld is wellicht art. 422bis Sw. 1867 (zie toelichting 1)"))
        #expect(lines.contains("2:25\tartikel 422\tbedoeld is wellicht art. 422bis Sw. 1867 (zie toelichting 1)"))
        #expect(count("  1. \"422\": waarschijnlijk bedoel je", in: report) == 1)
        #expect(!report.contains("  2. "))
        #expect(report.contains("Verwijzingen naar de wet gevonden: 3."))
    }

    @Test func aTextWithoutCitationsSaysSo() {
        let report = ReferenceReport(wording: Self.wording(Self.rulebook, .en)).render("Op 8 april 2026 om 10:30, € 458.")
        #expect(report.contains("No references to the law found."))
        #expect(report.contains("as of: 22 November 2026"))
    }

    @Test func theReportInChunksIsTheSameAsInOne() {
        let line = "Volgens art. 458bis Sw. en artikel 422 en het spreekrecht, Kerkstraat 458 bis.\n"
        let text = String(repeating: line, count: 30_000)
        var chunks = 0
        var bytes: [UInt8] = []
        var native = text
        native.withUTF8 { buffer in
            ReferenceReport(wording: Self.wording()).write(scanning: buffer) { chunk in
                chunks += 1
                bytes += chunk
            }
        }
        #expect(chunks > 1)
        #expect(String(decoding: bytes, as: UTF8.self) == ReferenceReport(wording: Self.wording()).render(text))
        #expect(String(decoding: bytes, as: UTF8.self).contains("30000:28\tartikel 422\t"))
    }
}
