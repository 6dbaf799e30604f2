import Foundation
import Testing

@testable import GPSKit

/// The embedded rulebook loads, passes its own validation, names every provision the issue asks
/// for, and finds each provision by every alias in the data.
@Suite struct RulebookTests {
    static let book = try! Rulebook.embedded()

    static let aliases: [AliasCase] = book.provisions.flatMap { provision in
        provision.aliases.map { AliasCase(alias: $0, provision: provision.id) }
    }

    struct AliasCase: Sendable, CustomTestStringConvertible {
        var alias: String
        var provision: String
        var testDescription: String { "\(alias) → \(provision)" }
    }

    @Test func theEmbeddedRulebookHasNoProblems() {
        #expect(RulebookValidator.problems(in: Self.book) == [])
    }

    @Test func itHoldsTheProvisionsAndFrameworksOfTheIssue() {
        let ids = Set(Self.book.provisions.map(\.id))
        let expected: Set = [
            "art-458", "art-458bis", "art-458ter", "art-422bis", "art-422ter", "noodtoestand",
            "gedeeld-beroepsgeheim", "gezamenlijk-beroepsgeheim", "toestemming", "privacy", "persoonlijke-notities",
        ]
        #expect(ids == expected)
    }

    @Test func itCarriesItsStatusAndBuildDates() {
        #expect(Self.book.statusDate == "2026-11-22")
        #expect(Self.book.builtOn >= Self.book.statusDate)
    }

    @Test func noNewNumberIsClaimedForTheFiveArticles() {
        for id in ["art-458", "art-458bis", "art-458ter", "art-422bis", "art-422ter"] {
            let provision = Self.book.provision(id: id)
            #expect(provision?.newNumber.value == nil)
            #expect(provision?.newNumber.confidence == .unverified)
            #expect(provision?.newNumber.note != nil)
        }
    }

    @Test func theNewCodeStartsOnTheEighthOfAprilAsALikelyFact() {
        let validity = Self.book.code(.sw2024)?.validity
        #expect(validity?.value.from == "2026-04-08")
        #expect(validity?.confidence == .likely)
        #expect(Self.book.code(.sw1867)?.validity.value.contains("2026-04-07") == true)
        #expect(Self.book.code(.sw1867)?.validity.value.contains("2026-04-08") == false)
    }

    @Test func everyConfidenceHasALabelInBothLanguages() {
        for confidence in Confidence.allCases {
            #expect(Self.book.label(confidence, in: .nl) != confidence.rawValue)
            #expect(Self.book.label(confidence, in: .en) != confidence.rawValue)
        }
        #expect(Self.book.label(.likely, in: .nl).contains("waarschijnlijk"))
    }

    @Test func theDangerOf458bisIsOneOfTwo() throws {
        let conditions = try #require(Self.book.provision(id: "art-458bis")).conditions
        #expect(conditions.filter { $0.group == "danger" }.map(\.id) == ["danger-imminent", "danger-others"])
    }

    @Test func everyMappingRowCarriesConfidenceForBothNumbers() {
        #expect(Self.book.mapping.count >= 15)
        let abandonment = Self.book.mapping.first { $0.id == "verlating" }
        #expect(abandonment?.old.value?.label == "art. 423, § 1")
        #expect(abandonment?.new.value?.numbers == ["328"])
        #expect(abandonment?.new.confidence == .confirmed)
        #expect(abandonment?.confidence == .likely)
    }

    @Test(arguments: aliases) func everyAliasFindsItsProvision(_ alias: AliasCase) {
        #expect(Self.book.lookup(alias.alias) == .provision(alias.provision))
    }

    @Test(arguments: ["458", "458bis", "458 bis", "458-ter", "422BIS", "422 ter", "art-458", "ART-458BIS"])
    func numbersAndIDsAreFound(query: String) {
        #expect(Self.book.lookup(query)?.meantProvision != nil)
    }

    @Test func lookingUp422SaysWhichArticleIsMeant() {
        guard case .misCitation(let citation)? = Self.book.lookup("422") else {
            Issue.record("422 is not a mis-citation")
            return
        }
        #expect(citation.means == "art-422bis")
        #expect(citation.why.nl.contains("422bis") && citation.why.en.contains("422bis"))
    }

    @Test func anUnknownNameIsNotFound() {
        #expect(Self.book.lookup("huurwet") == nil)
        #expect(Self.book.lookup("art. 458 en art. 422bis") == nil)
    }

    // MARK: - Validation catches broken data

    @Test func theValidatorNamesDuplicatesDanglingReferencesAndStrayAliases() throws {
        var book = Self.book
        book.provisions.append(book.provisions[0])
        book.misCitations[0].means = "art-999"
        book.provisions[1].aliases.append("casusoverleg")
        book.provisions[2].checklist.conditions[0].sources = ["nowhere"]
        let problems = RulebookValidator.problems(in: book).map(\.description)
        #expect(problems.contains("provision art-458, id: used more than once"))
        #expect(problems.contains("misCitation 422-for-422bis, means: no provision art-999"))
        #expect(problems.contains("provisions art-458bis, art-458ter, aliases: 'casusoverleg' belongs to more than one"))
        #expect(problems.contains("provision art-458ter, condition organised: unknown source nowhere"))
        #expect(throws: RulebookError.self) { try RulebookValidator.validated(book, file: "x.json") }
    }

    @Test func aMisCitationMayNotShadowAProvisionsOwnNumber() {
        var book = Self.book
        book.misCitations[0].cited = "458bis"
        #expect(RulebookValidator.problems(in: book).contains { $0.field == "cited" })
    }

    /// 458quater is an article of its own: a mis-citation may not turn it into another one.
    @Test func aMisCitationMayNotCiteAnArticleTheNumberingTableListsOfItsOwn() {
        var book = Self.book
        book.misCitations[0].cited = "458quater"
        #expect(RulebookValidator.problems(in: book).map(\.description).contains(
            "misCitation 422-for-422bis, cited: 458quater is an article of its own in the numbering table"))
    }

    @Test func anInstrumentMayNotBeWrittenLikeTheCriminalCodeOrAnotherInstrument() throws {
        var book = Self.book
        let index = try #require(book.recognition.instruments.firstIndex { $0.id == "strafvordering" })
        book.recognition.instruments[index].markers.append("Sw.")
        book.recognition.instruments[index].markers.append("AVG")
        book.recognition.instruments.append(book.recognition.instruments[index])
        let problems = RulebookValidator.problems(in: book).map(\.description)
        #expect(problems.contains("instrument strafvordering, markers: 'Sw.' is also a code marker"))
        #expect(problems.contains("instrument strafvordering, markers: 'AVG' also names avg"))
        #expect(problems.contains("instrument strafvordering, id: used more than once"))
    }

    @Test func anExtraRulebookWithoutInstrumentsStillLoadsAndAddsItsOwn() throws {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(PackageRoot.text(Rulebook.embeddedPath).utf8)) as? [String: Any])
        var recognition = try #require(json["recognition"] as? [String: Any])
        recognition["instruments"] = nil
        recognition["instrumentLinks"] = nil
        json["recognition"] = recognition
        json["provisions"] = []
        json["mapping"] = []
        json["misCitations"] = []
        json["sources"] = []
        let old = try Rulebook.load(JSONSerialization.data(withJSONObject: json), file: "oud.json")
        #expect(old.recognition.instruments.isEmpty)
        let merged = try Self.book.merged(with: old, file: "oud.json")
        #expect(merged.recognition.instruments.map(\.id) == Self.book.recognition.instruments.map(\.id))
        recognition["instruments"] = [["id": "jeugdhulpdecreet", "name": ["nl": "het Jeugdhulpdecreet", "en": "the Youth Care Decree"], "markers": ["Jeugdhulpdecreet"]]]
        json["recognition"] = recognition
        let extra = try Self.book.merged(with: Rulebook.load(JSONSerialization.data(withJSONObject: json), file: "x.json"), file: "x.json")
        guard case .otherInstrument(let instrument)? = extra.lookup("art. 7 van het Jeugdhulpdecreet") else {
            Issue.record("\(String(describing: extra.lookup("art. 7 van het Jeugdhulpdecreet")))")
            return
        }
        #expect(instrument.id == "jeugdhulpdecreet")
    }

    // MARK: - Honesty of the texts

    /// Statute text may only come from a quote block of the legal folder, character for character.
    @Test func everyVerbatimTextIsAQuoteFromTheLegalFolder() throws {
        let folder = URL(fileURLWithPath: "/work/shared/legal")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let quoted = try files.filter { $0.hasSuffix(".md") }.map {
            try String(contentsOf: folder.appending(path: $0), encoding: .utf8)
        }.flatMap(Self.quoteBlocks)
        let texts = Self.book.provisions.flatMap(\.texts) + Self.book.mapping.flatMap { $0.texts ?? [] }
        var verbatim = 0
        for case .verbatim(let text) in texts {
            verbatim += 1
            #expect(quoted.contains(text.body), "\(text.article) is not a quote of the legal folder")
            #expect(Self.book.source(id: text.source) != nil)
        }
        #expect(verbatim >= 5)
    }

    static func quoteBlocks(_ markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(">") {
                current = (current ?? []) + [String(line.dropFirst(line.hasPrefix("> ") ? 2 : 1))]
            } else if let block = current {
                blocks.append(block.joined(separator: "\n"))
                current = nil
            }
        }
        return blocks + (current.map { [$0.joined(separator: "\n")] } ?? [])
    }

    @Test func paraphrasesSayTheyAreParaphrases() {
        for provision in Self.book.provisions {
            for case .paraphrase(let text) in provision.texts {
                #expect(text.body.nl.hasPrefix("Samenvatting in eigen woorden"), "\(provision.id)")
                #expect(text.body.en.hasPrefix("Paraphrase in our own words"), "\(provision.id)")
            }
        }
    }
}

/// The sentences `gps wet` and the record will use for citations come from the message table.
@Suite struct RulebookMessageTests {
    @Test(arguments: [
        MessageKey.lawNotInRulebook, .lawNotInRulebookNewCode, .lawMisCitation, .lawOldNumberUnderNewCode,
        .lawMappingOnly, .lawNewNumberToVerify, .lawStatusDate,
    ])
    func everyCitationSentenceExistsInBothLanguages(_ key: MessageKey) {
        let nl = MessageTable.embedded(.nl)(key)
        let en = MessageTable.embedded(.en)(key)
        #expect(nl != key.rawValue && en != key.rawValue && nl != en)
    }

    @Test func theDisplayRulesPhraseForAMissingNewNumberIsUsedVerbatim() {
        #expect(MessageTable.embedded(.nl)(.lawNewNumberToVerify) == "nieuw nummer in Sw. 2024 nog te verifiëren")
    }
}

@Suite struct RulebookBuildDateTests {
    @Test func theQuickReadOfTheBuildDateAgreesWithTheDecodedRulebook() throws {
        #expect(Rulebook.embeddedStatusDate == (try Rulebook.embedded()).statusDate)
        #expect(CaseDay(parsing: Rulebook.embeddedStatusDate ?? "") != nil)
    }
}
