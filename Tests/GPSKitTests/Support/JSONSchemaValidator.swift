import Foundation

@testable import GPSKit

/// A small JSON Schema (draft 2020-12) validator for tests. It knows exactly the keywords
/// `Questionnaires/schema.json` and `Questionnaires/answers.schema.json` use, and reports any other keyword as a problem instead of
/// ignoring it, so a document can never pass because a rule was skipped.
///
/// Evaluation is in `JSONSchemaValidator+Instance.swift`; the check of the schema itself is in
/// `JSONSchemaValidator+Schema.swift`.
struct JSONSchemaValidator: Sendable {
    /// One thing wrong, with a JSON pointer to where it is ("" is the whole document).
    struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// True when the schema is at fault (the path then points into the schema), not the document.
        var inSchema: Bool
        var path: String
        var message: String

        var description: String {
            "\(inSchema ? "schema " : "")\(path.isEmpty ? "(root)" : path): \(message)"
        }
    }

    static let draft = "https://json-schema.org/draft/2020-12/schema"
    /// Keywords that only document; they never make a document invalid.
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    /// Keywords that constrain a document.
    static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "enum", "const",
        "pattern", "minLength", "maxLength", "minimum", "maximum", "oneOf", "anyOf", "allOf", "if", "then", "else",
        "not", "$ref",
    ]
    static var supportedKeywords: Set<String> { annotations.union(assertions) }

    let schema: JSONValue

    init(schema: JSONValue) {
        self.schema = schema
    }

    init(schemaText: String) throws {
        self.init(schema: try Self.parse(schemaText))
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// Every problem with the schema itself: unsupported keywords, badly formed keyword values,
    /// references that do not resolve.
    var schemaProblems: [Problem] {
        problems(inSchema: schema, at: "")
    }

    /// Every way `instance` breaks the schema. If the schema has problems of its own, those are
    /// returned instead: a schema this validator cannot apply in full never passes a document.
    func validate(_ instance: JSONValue) -> [Problem] {
        let problems = schemaProblems
        guard problems.isEmpty else { return problems }
        return errors(in: instance, against: schema, at: "", depth: 0)
    }

    /// Validates `instance` against one definition of the schema, `#/$defs/name`.
    func validate(_ instance: JSONValue, definition name: String) -> [Problem] {
        let problems = schemaProblems
        guard problems.isEmpty else { return problems }
        guard resolve("#/$defs/\(Self.escape(name))") != nil else {
            return [Problem(inSchema: true, path: "/$defs", message: "no definition '\(name)'")]
        }
        let reference = JSONValue.object(["$ref": .string("#/$defs/\(Self.escape(name))")])
        return errors(in: instance, against: reference, at: "", depth: 0)
    }

    /// The schema a `#/$defs/name` reference points to; no other references are supported.
    func resolve(_ reference: String) -> JSONValue? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix), case .object(let root) = schema,
            case .object(let definitions)? = root["$defs"]
        else { return nil }
        let token = String(reference.dropFirst(prefix.count))
        guard !token.isEmpty, !token.contains("/") else { return nil }  // a definition, not a part of one
        return definitions[Self.unescape(token)]
    }

    /// One JSON pointer token: `~` and `/` are written `~0` and `~1`.
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func unescape(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    static func path(_ path: String, _ token: String) -> String {
        "\(path)/\(escape(token))"
    }
}
