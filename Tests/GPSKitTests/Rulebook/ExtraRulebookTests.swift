import Foundation
import Testing

@testable import GPSKit

/// `--regelboek FILE`: an extra rulebook is held to the built-in one's schema, merged beside
/// it, and every error names the file, the entry and the field.
@Suite struct ExtraRulebookTests {
    static let file = "interne-code.json"

    /// A rulebook with one framework of its own, made from the built-in file so it follows
    /// the schema; it cites a source of the built-in rulebook and one of its own.
    static func extraJSON(_ edit: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var book = try #require(try JSONSerialization.jsonObject(with: Data(PackageRoot.text(Rulebook.embeddedPath).utf8)) as? [String: Any])
        var provision = try #require((book["provisions"] as? [[String: Any]])?.first { $0["id"] as? String == "gedeeld-beroepsgeheim" })
        provision["id"] = "org-meldprocedure"
        provision["aliases"] = ["interne meldprocedure", "meldprocedure van de dienst"]
        provision["title"] = ["value": ["nl": "Interne meldprocedure", "en": "Internal reporting procedure"], "confidence": "CONFIRMED", "sources": ["org-handboek"]]
        book["provisions"] = [provision]
        book["mapping"] = []
        book["misCitations"] = []
        book["sources"] = [["id": "org-handboek", "title": "Handboek van de dienst, 2026", "url": "https://example.org/handboek"]]
        book["statusDate"] = "2026-03-01"
        edit(&book)
        return try JSONSerialization.data(withJSONObject: book)
    }

    func merged(_ data: Data) throws -> Rulebook {
        try Rulebook.embedded().merged(with: Rulebook.load(data, file: Self.file), file: Self.file)
    }

    func problems(_ data: Data) -> [RulebookProblem] {
        do {
            _ = try merged(data)
            return []
        } catch RulebookError.invalid(let file, let problems) {
            #expect(file == Self.file)
            return problems
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    @Test func aValidExtraRulebookIsMergedBesideTheBuiltInOne() throws {
        let book = try merged(try Self.extraJSON())
        let builtIn = try Rulebook.embedded()
        #expect(book.provisions.count == builtIn.provisions.count + 1)
        #expect(book.lookup("interne meldprocedure") == .provision("org-meldprocedure"))
        #expect(book.lookup("458bis") == .provision("art-458bis"))
        let wording = LawWording(rulebook: book, texts: .embedded(.nl))
        #expect(wording.statusLine == "stand van zaken: 22 november 2026; interne-code.json: stand van zaken 1 maart 2026")
        #expect(wording.disclaimer == LawWording(rulebook: builtIn, texts: .embedded(.nl)).disclaimer)
        let list = TextRulebookRenderer(wording: wording).provisions()
        #expect(list.contains("  org-meldprocedure  Interne meldprocedure [bevestigd]"))
        #expect(ReferenceReport(wording: wording).render("Volg de interne meldprocedure.").contains("1:9\tinterne meldprocedure\tInterne meldprocedure"))
    }

    @Test func aMissingFieldNamesTheEntryAndTheField() throws {
        let data = try Self.extraJSON { book in
            var provisions = book["provisions"] as! [[String: Any]]
            var title = provisions[0]["title"] as! [String: Any]
            title["confidence"] = nil
            provisions[0]["title"] = title
            book["provisions"] = provisions
        }
        #expect(problems(data) == [RulebookProblem(entry: "provision org-meldprocedure", field: "title.confidence", issue: "missing")])
    }

    @Test func aMadeUpConfidenceNamesTheEntryAndTheField() throws {
        let data = try Self.extraJSON { book in
            var provisions = book["provisions"] as! [[String: Any]]
            var number = provisions[0]["newNumber"] as! [String: Any]
            number["confidence"] = "PROBABLY"
            provisions[0]["newNumber"] = number
            book["provisions"] = provisions
        }
        let found = problems(data)
        #expect(found.count == 1)
        #expect(found.first?.entry == "provision org-meldprocedure")
        #expect(found.first?.field == "newNumber.confidence")
    }

    @Test func anIDTheBuiltInRulebookUsesIsRefused() throws {
        let data = try Self.extraJSON { book in
            var provisions = book["provisions"] as! [[String: Any]]
            provisions[0]["id"] = "art-458bis"
            provisions[0]["aliases"] = ["interne meldprocedure"]
            book["provisions"] = provisions
        }
        #expect(problems(data).contains(RulebookProblem(entry: "provision art-458bis", field: "id", issue: "used more than once")))
    }

    @Test func anUnknownSourceNamesTheEntryAndTheField() throws {
        let data = try Self.extraJSON { book in
            var provisions = book["provisions"] as! [[String: Any]]
            var title = provisions[0]["title"] as! [String: Any]
            title["sources"] = ["nergens"]
            provisions[0]["title"] = title
            book["provisions"] = provisions
        }
        #expect(problems(data).contains(RulebookProblem(entry: "provision org-meldprocedure", field: "title", issue: "unknown source nergens")))
    }

    @Test func theErrorTextNamesFileEntryAndFieldWithStatus65() {
        let error = RulebookError.invalid(file: "x.json", problems: [RulebookProblem(entry: "provision a", field: "title", issue: "missing")])
        let report = ErrorReport(error, texts: .embedded(.nl))
        #expect(report.status == .dataError)
        #expect(report.message == "Het regelboek x.json klopt niet:\n  - provision a, veld title: missing")
    }

    @Test func aFileThatIsNoJSONIsUnreadable() {
        #expect(throws: RulebookError.self) { try Rulebook.load(Data("{ nee".utf8), file: Self.file) }
    }

    /// Decoding, `RulebookShapeCheck` and `RulebookValidator` together reject every edit that
    /// the JSON Schema rejects, so a file read at run time meets the same schema.
    @Test(arguments: RulebookSchemaTests.mutations)
    func theRunTimeChecksRejectWhatTheSchemaRejects(_ mutation: RulebookSchemaTests.Mutation) throws {
        var document = try JSONSchemaValidator.parse(PackageRoot.text(Rulebook.embeddedPath))
        mutation.edit(&document)
        let data = try JSONSerialization.data(withJSONObject: document.foundationObject)
        #expect(throws: RulebookError.self) {
            let book = try Rulebook.load(data, file: Self.file)
            _ = try RulebookValidator.validated(book, file: Self.file)
        }
    }
}

extension JSONValue {
    /// The value as JSONSerialization writes it; whole numbers stay integers.
    var foundationObject: Any {
        switch self {
        case .string(let value): value
        case .number(let value): value == value.rounded() ? Int(value) as Any : value
        case .bool(let value): value
        case .null: NSNull()
        case .array(let values): values.map(\.foundationObject)
        case .object(let values): values.mapValues(\.foundationObject)
        }
    }
}
