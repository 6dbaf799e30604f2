import Foundation
import Testing

@testable import GPSKit

/// `Questionnaires/schema.json` describes the files exactly: they pass it, edits that break the
/// format fail it, and it agrees with the Swift model. The validator is tested here too.
@Suite struct QuestionnaireSchemaTests {
    static let firstQuestion = "/orientations/0/questions/0"

    /// Every questionnaire file beside the schemas (the build embeds the same ones).
    static let questionnaireFiles: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.file("Questionnaires").path)) ?? [])
        .filter { $0.hasSuffix(".json") && !$0.contains("schema") }
        .sorted()

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schemaText: PackageRoot.text("Questionnaires/schema.json"))
    }

    func document(_ file: String) throws -> JSONValue {
        try JSONSchemaValidator.parse(PackageRoot.text("Questionnaires/\(file)"))
    }

    // MARK: - The schema and the files

    @Test func theSchemaIsDraft2020_12UsingOnlySupportedKeywords() throws {
        let validator = try validator()
        #expect(validator.schema.member("$schema")?.string == JSONSchemaValidator.draft)
        #expect(validator.schemaProblems.isEmpty, "\(validator.schemaProblems)")
    }

    @Test func bothRoutesAreChecked() {
        #expect(Set(Self.questionnaireFiles).isSuperset(of: ["gps.json", "kort.json"]))
    }

    @Test(arguments: questionnaireFiles) func everyQuestionnaireFollowsTheSchema(file: String) throws {
        let problems = try validator().validate(document(file))
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func theSchemaNamesEveryKindAndRoleOfTheModel() throws {
        let schema = try validator().schema
        let kinds = schema.member("$defs")?.member("kind")?.member("enum")?.strings
        let roles = schema.member("$defs")?.member("role")?.member("enum")?.strings
        #expect(kinds.map(Set.init) == Set(QuestionKind.allCases.map(\.rawValue)))
        #expect(roles.map(Set.init) == Set(QuestionRole.allCases.map(\.rawValue)))
    }

    @Test func theCoversPatternAcceptsExactlyTheMethodIDs() throws {
        let validator = try validator()
        let nearMisses = ["K0", "K6", "B0", "B01", "B11", "H7", "D6", "O5", "k1", "K1 ", " K1", "K1\n", "X9", ""]
        for id in MethodItem.questionIDs + nearMisses {
            let accepted = validator.validate(.string(id), definition: "methodItem").isEmpty
            #expect(accepted == MethodItem.isQuestionID(id), "\(id.debugDescription)")
        }
    }

    @Test func theIDPatternAgreesWithTheModelsIDRule() throws {
        let validator = try validator()
        let ids = ["gps", "gezin-eerst", "a1", "a-1-b", "1a", "-a", "a-", "a--b", "Gps", "a_b", "é", "a b", "a\n", ""]
        for id in ids {
            let accepted = validator.validate(.string(id), definition: "id").isEmpty
            #expect(accepted == QuestionnaireValidator.isValidID(id), "\(id.debugDescription)")
        }
    }

    // MARK: - Edits the schema must reject

    /// A change to a valid file, and where the schema must report it.
    struct Mutation: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var file = "gps.json"
        var path: String
        var mentioning: String
        var edit: @Sendable (inout JSONValue) -> Void
    }

    static let mutations: [Mutation] = [
        Mutation(testDescription: "a question without help", path: firstQuestion, mentioning: "'help'") {
            $0.set("\(firstQuestion)/help", to: nil)
        },
        Mutation(testDescription: "a misspelt property optinal", path: "\(firstQuestion)/optinal", mentioning: "not allowed") {
            $0.set("\(firstQuestion)/optinal", to: .bool(true))
        },
        Mutation(testDescription: "an unknown kind", path: "\(firstQuestion)/kind", mentioning: "\"essay\"") {
            $0.set("\(firstQuestion)/kind", to: .string("essay"))
        },
        Mutation(testDescription: "an unknown method id X9", path: "\(firstQuestion)/covers/0", mentioning: "X9") {
            $0.set("\(firstQuestion)/covers/0", to: .string("X9"))
        },
        Mutation(testDescription: "no method id", path: "\(firstQuestion)/covers", mentioning: "at least 1") {
            $0.set("\(firstQuestion)/covers", to: .array([]))
        },
        Mutation(testDescription: "a choice question without choices", path: firstQuestion, mentioning: "'choices'") {
            $0.set("\(firstQuestion)/kind", to: .string("choice"))
        },
        Mutation(testDescription: "a choice question with one choice", path: "\(firstQuestion)/choices", mentioning: "at least 2") {
            $0.set("\(firstQuestion)/kind", to: .string("choice"))
            $0.set("\(firstQuestion)/choices", to: .array([choice("ja")]))
        },
        Mutation(testDescription: "a text question with choices", path: firstQuestion, mentioning: "choice questions only") {
            $0.set("\(firstQuestion)/choices", to: .array([choice("ja"), choice("nee")]))
        },
        Mutation(testDescription: "a text question with multiple", path: firstQuestion, mentioning: "choice questions only") {
            $0.set("\(firstQuestion)/multiple", to: .bool(true))
        },
        Mutation(testDescription: "optional as a string", path: "\(firstQuestion)/optional", mentioning: "boolean") {
            $0.set("\(firstQuestion)/optional", to: .string("true"))
        },
        Mutation(testDescription: "a blank prompt", path: "\(firstQuestion)/prompt/nl", mentioning: "pattern") {
            $0.set("\(firstQuestion)/prompt/nl", to: .string("  "))
        },
        Mutation(testDescription: "a title without en", path: "/title", mentioning: "'en'") {
            $0.set("/title/en", to: nil)
        },
        Mutation(testDescription: "a title in a third language", path: "/title/fr", mentioning: "not allowed") {
            $0.set("/title/fr", to: .string("route complète"))
        },
        Mutation(testDescription: "step 5", path: "/orientations/0/step", mentioning: "maximum") {
            $0.set("/orientations/0/step", to: .number(5))
        },
        Mutation(testDescription: "format version 2", path: "/formatVersion", mentioning: "is not 1") {
            $0.set("/formatVersion", to: .number(2))
        },
        Mutation(testDescription: "a full route without source", path: "", mentioning: "'source'") {
            $0.set("/source", to: nil)
        },
        Mutation(testDescription: "a full route with a base", path: "", mentioning: "none of the alternatives") {
            $0.set("/base", to: .string("kort"))
        },
        Mutation(testDescription: "a selection without select", file: "kort.json", path: "", mentioning: "'select'") {
            $0.set("/select", to: nil)
        },
        Mutation(testDescription: "a selection of a bad id", file: "kort.json", path: "/select/0", mentioning: "pattern") {
            $0.set("/select/0", to: .string("Trigger"))
        },
    ]

    static func choice(_ id: String) -> JSONValue {
        .object(["id": .string(id), "label": .object(["nl": .string(id), "en": .string(id)])])
    }

    @Test(arguments: mutations) func theSchemaRejects(_ mutation: Mutation) throws {
        let original = try document(mutation.file)
        var edited = original
        mutation.edit(&edited)
        #expect(edited != original)
        let problems = try validator().validate(edited)
        let reported = problems.contains { $0.path == mutation.path && $0.message.contains(mutation.mentioning) }
        #expect(reported, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(problems.allSatisfy { !$0.inSchema })
    }

    // MARK: - The validator itself

    /// A tiny schema, a document, and the paths of the errors draft 2020-12 expects.
    struct Rule: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var schema: String
        var instance: String
        var errors: [String]
    }

    static let rules: [Rule] = [
        Rule(testDescription: "type: a number is no string", schema: #"{"type": "string"}"#, instance: "3", errors: [""]),
        Rule(testDescription: "type: 2.0 is an integer", schema: #"{"type": "integer"}"#, instance: "2.0", errors: []),
        Rule(testDescription: "type: 2.5 is no integer", schema: #"{"type": "integer"}"#, instance: "2.5", errors: [""]),
        Rule(testDescription: "type: true is no integer", schema: #"{"type": "integer"}"#, instance: "true", errors: [""]),
        Rule(testDescription: "type: 1 is no boolean", schema: #"{"type": "boolean"}"#, instance: "1", errors: [""]),
        Rule(testDescription: "type: one of a list", schema: #"{"type": ["string", "null"]}"#, instance: "null", errors: []),
        Rule(testDescription: "required: each missing property", schema: #"{"required": ["a", "b", "c"]}"#, instance: #"{"a": 1}"#, errors: ["", ""]),
        Rule(testDescription: "required: only for objects", schema: #"{"required": ["a"]}"#, instance: "[]", errors: []),
        Rule(testDescription: "properties: the error is at the member", schema: #"{"properties": {"a/b": {"type": "string"}}}"#, instance: #"{"a/b": 1}"#, errors: ["/a~1b"]),
        Rule(testDescription: "additionalProperties: each unknown member", schema: #"{"properties": {"a": {}}, "additionalProperties": false}"#, instance: #"{"a": 1, "b": 2, "c": 3}"#, errors: ["/b", "/c"]),
        Rule(testDescription: "items and minItems", schema: #"{"minItems": 3, "items": {"type": "integer"}}"#, instance: #"[1, "x"]"#, errors: ["", "/1"]),
        Rule(testDescription: "minLength counts characters", schema: #"{"minLength": 2}"#, instance: #""é""#, errors: [""]),
        Rule(testDescription: "enum: 1.0 is 1", schema: #"{"enum": ["a", 1]}"#, instance: "1.0", errors: []),
        Rule(testDescription: "enum: not listed", schema: #"{"enum": ["a", 1]}"#, instance: #""b""#, errors: [""]),
        Rule(testDescription: "const", schema: #"{"const": {"a": [1]}}"#, instance: #"{"a": [2]}"#, errors: [""]),
        Rule(testDescription: "pattern: finds a match anywhere", schema: #"{"pattern": "b"}"#, instance: #""abc""#, errors: []),
        Rule(testDescription: "pattern: anchored", schema: #"{"pattern": "^a+$"}"#, instance: #""aab""#, errors: [""]),
        Rule(testDescription: "pattern: $ is the very end", schema: #"{"pattern": "^a$"}"#, instance: #""a\n""#, errors: [""]),
        Rule(testDescription: "minimum and maximum include the bounds", schema: #"{"minimum": 0, "maximum": 4}"#, instance: "4", errors: []),
        Rule(testDescription: "maximum", schema: #"{"minimum": 0, "maximum": 4}"#, instance: "4.5", errors: [""]),
        Rule(testDescription: "oneOf: exactly one matches", schema: #"{"oneOf": [{"type": "integer"}, {"type": "string"}]}"#, instance: "1", errors: []),
        Rule(testDescription: "oneOf: two match", schema: #"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#, instance: "1", errors: [""]),
        Rule(testDescription: "oneOf: none match", schema: #"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#, instance: #""x""#, errors: [""]),
        Rule(testDescription: "anyOf: two match", schema: #"{"anyOf": [{"type": "integer"}, {"type": "number"}]}"#, instance: "1", errors: []),
        Rule(testDescription: "anyOf: none match", schema: #"{"anyOf": [{"type": "integer"}, {"type": "number"}]}"#, instance: "null", errors: [""]),
        Rule(testDescription: "allOf: every failing part", schema: #"{"allOf": [{"type": "string"}, {"minimum": 5}]}"#, instance: "3", errors: ["", ""]),
        Rule(testDescription: "if passes: then", schema: #"{"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}}"#, instance: #"{"a": 1}"#, errors: [""]),
        Rule(testDescription: "if fails: else", schema: #"{"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}}"#, instance: #"{"c": 1}"#, errors: []),
        Rule(testDescription: "not", schema: #"{"not": {"required": ["a"]}}"#, instance: #"{"a": 1}"#, errors: [""]),
        Rule(testDescription: "$ref to a definition", schema: ##"{"$defs": {"n": {"type": "string"}}, "properties": {"a": {"$ref": "#/$defs/n"}}}"##, instance: #"{"a": 1}"#, errors: ["/a"]),
        Rule(testDescription: "$ref with siblings", schema: ##"{"$defs": {"n": {"type": "integer"}}, "$ref": "#/$defs/n", "minimum": 3}"##, instance: "2", errors: [""]),
        Rule(testDescription: "additionalProperties as a schema", schema: #"{"properties": {"a": {}}, "additionalProperties": {"type": "string"}}"#, instance: #"{"a": 1, "b": "x", "c": 2}"#, errors: ["/c"]),
        Rule(testDescription: "maxItems", schema: #"{"maxItems": 2}"#, instance: "[1, 2, 3]", errors: [""]),
        Rule(testDescription: "maxItems reached", schema: #"{"maxItems": 2}"#, instance: "[1, 2]", errors: []),
        Rule(testDescription: "maxLength in characters", schema: #"{"maxLength": 2}"#, instance: #""één""#, errors: [""]),
        Rule(testDescription: "maxLength reached", schema: #"{"maxLength": 3}"#, instance: #""één""#, errors: []),
        Rule(testDescription: "annotations", schema: #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x", "title": "t", "description": "d"}"#, instance: "1", errors: []),
    ]

    @Test(arguments: rules) func theValidatorApplies(_ rule: Rule) throws {
        let problems = try JSONSchemaValidator(schemaText: rule.schema).validate(JSONSchemaValidator.parse(rule.instance))
        #expect(problems.map(\.path).sorted() == rule.errors.sorted(), "\(problems)")
        #expect(problems.allSatisfy { !$0.inSchema })
    }

    /// Schemas the validator cannot apply in full, and where it must say so.
    static let unsupportedSchemas: [Rule] = [
        Rule(testDescription: "an unknown keyword", schema: #"{"type": "string", "format": "date"}"#, instance: #""abcdef""#, errors: ["/format"]),
        Rule(testDescription: "a misspelt keyword", schema: #"{"require": ["a"]}"#, instance: "{}", errors: ["/require"]),
        Rule(testDescription: "an unknown keyword deep inside", schema: #"{"$defs": {"d": {"items": {"uniqueItems": true}}}}"#, instance: "[]", errors: ["/$defs/d/items/uniqueItems"]),
        Rule(testDescription: "a boolean schema", schema: #"{"properties": {"a": false}}"#, instance: #"{"a": 1}"#, errors: ["/properties/a"]),
        Rule(testDescription: "additionalProperties neither a boolean nor a schema", schema: #"{"additionalProperties": 3}"#, instance: #"{"a": 1}"#, errors: ["/additionalProperties"]),
        Rule(testDescription: "a dangling $ref", schema: ##"{"$ref": "#/$defs/missing"}"##, instance: "1", errors: ["/$ref"]),
        Rule(testDescription: "a $ref to another file", schema: #"{"$ref": "other.json"}"#, instance: "1", errors: ["/$ref"]),
        Rule(testDescription: "then without if", schema: #"{"then": {"required": ["a"]}}"#, instance: "{}", errors: ["/then"]),
        Rule(testDescription: "an older draft", schema: #"{"$schema": "http://json-schema.org/draft-07/schema#"}"#, instance: "1", errors: ["/$schema"]),
        Rule(testDescription: "an invalid pattern", schema: #"{"pattern": "("}"#, instance: #""a""#, errors: ["/pattern"]),
        Rule(testDescription: "an unknown type", schema: #"{"type": "int"}"#, instance: "1", errors: ["/type"]),
        Rule(testDescription: "a fractional minItems", schema: #"{"minItems": 1.5}"#, instance: "[]", errors: ["/minItems"]),
    ]

    @Test(arguments: unsupportedSchemas) func theValidatorRefusesToPartlyApply(_ rule: Rule) throws {
        let validator = try JSONSchemaValidator(schemaText: rule.schema)
        #expect(validator.schemaProblems.map(\.path) == rule.errors, "\(validator.schemaProblems)")
        let problems = validator.validate(try JSONSchemaValidator.parse(rule.instance))
        #expect(!problems.isEmpty && problems.allSatisfy { $0.inSchema }, "\(problems)")
    }
}
