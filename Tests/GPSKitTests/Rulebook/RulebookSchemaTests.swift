import Foundation
import Testing

@testable import GPSKit

/// `Sources/GPSKit/Rulebook/rulebook.schema.json` describes the rulebook exactly: the data passes
/// it, and edits that would let a fact lose its confidence or a statute its source fail it.
@Suite struct RulebookSchemaTests {
    static let schemaPath = "Sources/GPSKit/Rulebook/rulebook.schema.json"

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schemaText: PackageRoot.text(Self.schemaPath))
    }

    func document() throws -> JSONValue {
        try JSONSchemaValidator.parse(PackageRoot.text(Rulebook.embeddedPath))
    }

    @Test func theSchemaUsesOnlyKeywordsTheValidatorApplies() throws {
        let problems = try validator().schemaProblems
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theRulebookFollowsTheSchema() throws {
        let problems = try validator().validate(document())
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func theSchemaIsOutsideTheEmbeddedDataFolder() {
        #expect(!EmbeddedData.paths.contains(Self.schemaPath))
        #expect(EmbeddedData.paths.contains(Rulebook.embeddedPath))
    }

    struct Mutation: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var path: String
        var edit: @Sendable (inout JSONValue) -> Void
    }

    static let first = "/provisions/0"
    static let mutations: [Mutation] = [
        Mutation(testDescription: "a title without confidence", path: "\(first)/title") { $0.set("\(first)/title/confidence", to: nil) },
        Mutation(testDescription: "a made-up confidence", path: "\(first)/title/confidence") {
            $0.set("\(first)/title/confidence", to: .string("PROBABLY"))
        },
        Mutation(testDescription: "no new number and no note why", path: "\(first)/newNumber") {
            $0.set("\(first)/newNumber/note", to: nil)
        },
        Mutation(testDescription: "a new number that is no article number", path: "\(first)/newNumber") {
            $0.set("\(first)/newNumber/value", to: .string("art. 458"))
        },
        Mutation(testDescription: "a confirmed fact without source", path: "\(first)/oldNumber") {
            $0.set("\(first)/oldNumber/sources", to: nil)
        },
        Mutation(testDescription: "a verbatim text without source", path: "/provisions/1/texts/0") {
            $0.set("/provisions/1/texts/0/source", to: nil)
        },
        Mutation(testDescription: "a paraphrase in one language", path: "\(first)/texts/0") {
            $0.set("\(first)/texts/0/body/en", to: nil)
        },
        Mutation(testDescription: "a oneOf condition without group", path: "/provisions/1/checklist/conditions/5") {
            $0.set("/provisions/1/checklist/conditions/5/group", to: nil)
        },
        Mutation(testDescription: "a required condition with a group", path: "\(first)/checklist/conditions/0") {
            $0.set("\(first)/checklist/conditions/0/group", to: .string("x"))
        },
        Mutation(testDescription: "an article without old number", path: "\(first)/oldNumber") { $0.set("\(first)/oldNumber/value", to: .null) },
        Mutation(testDescription: "a status date that is no date", path: "/statusDate") { $0.set("/statusDate", to: .string("22/11/2026")) },
        Mutation(testDescription: "no build date", path: "") { $0.set("/builtOn", to: nil) },
        Mutation(testDescription: "a provision without aliases", path: "\(first)") { $0.set("\(first)/aliases", to: nil) },
        Mutation(testDescription: "a mis-citation without why", path: "/misCitations/0") { $0.set("/misCitations/0/why", to: nil) },
    ]

    @Test(arguments: mutations) func theSchemaRejects(_ mutation: Mutation) throws {
        var edited = try document()
        mutation.edit(&edited)
        let problems = try validator().validate(edited)
        #expect(problems.contains { $0.path.hasPrefix(mutation.path) }, "\(problems.map(\.description).joined(separator: "\n"))")
    }
}
