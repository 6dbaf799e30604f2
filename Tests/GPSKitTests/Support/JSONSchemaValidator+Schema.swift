import Foundation

@testable import GPSKit

/// Checking the schema itself before it is applied: every keyword must be one this validator
/// supports, with a value of the form it understands; anything else is reported, never ignored.
extension JSONSchemaValidator {
    static let typeNames: Set<String> = ["object", "array", "string", "number", "integer", "boolean", "null"]

    func problems(inSchema schema: JSONValue, at path: String) -> [Problem] {
        guard case .object(let keywords) = schema else {
            return [Problem(inSchema: true, path: path, message: "a schema must be a JSON object (boolean schemas are not supported)")]
        }
        return keywords.sorted { $0.key < $1.key }.flatMap { keyword, argument in
            problems(inKeyword: keyword, argument: argument, siblings: keywords, at: Self.path(path, keyword), isRoot: path.isEmpty)
        }
    }

    private func problems(
        inKeyword keyword: String, argument: JSONValue, siblings: [String: JSONValue], at path: String, isRoot: Bool
    ) -> [Problem] {
        let fail = { (message: String) in [Problem(inSchema: true, path: path, message: message)] }
        let isCount = if case .number(let number) = argument { number >= 0 && number.rounded() == number } else { false }
        switch keyword {
        case "$schema":
            guard isRoot else { return fail("$schema is only supported at the root") }
            return argument.string == Self.draft ? [] : fail("only \(Self.draft) is supported")
        case "$id", "$defs":
            guard isRoot else { return fail("\(keyword) is only supported at the root") }
            return keyword == "$id" ? (argument.string == nil ? fail("$id must be a string") : []) : schemas(in: argument, at: path)
        case "title", "description":
            return argument.string == nil ? fail("\(keyword) must be a string") : []
        case "type":
            let names = argument.string.map { [$0] } ?? argument.strings ?? []
            let known = !names.isEmpty && names.allSatisfy(Self.typeNames.contains)
            return known ? [] : fail("type must name one or more of \(Self.typeNames.sorted().joined(separator: ", "))")
        case "properties":
            return schemas(in: argument, at: path)
        case "required":
            return argument.strings == nil ? fail("required must be an array of strings") : []
        case "additionalProperties":
            if case .bool = argument { return [] }
            return problems(inSchema: argument, at: path)
        case "items", "not", "if":
            return problems(inSchema: argument, at: path)
        case "then", "else":
            guard siblings["if"] != nil else { return fail("\(keyword) without if would be ignored") }
            return problems(inSchema: argument, at: path)
        case "minItems", "minLength", "maxItems", "maxLength":
            return isCount ? [] : fail("\(keyword) must be a non-negative integer")
        case "minimum", "maximum":
            guard case .number = argument else { return fail("\(keyword) must be a number") }
            return []
        case "enum":
            guard case .array(let values) = argument, !values.isEmpty else { return fail("enum must be a non-empty array") }
            return []
        case "const":
            return []
        case "pattern":
            guard let pattern = argument.string, (try? Self.regularExpression(pattern)) != nil else {
                return fail("pattern must be a valid regular expression")
            }
            return []
        case "allOf", "anyOf", "oneOf":
            guard case .array(let alternatives) = argument, !alternatives.isEmpty else {
                return fail("\(keyword) must be a non-empty array of schemas")
            }
            return alternatives.indices.flatMap { problems(inSchema: alternatives[$0], at: "\(path)/\($0)") }
        case "$ref":
            guard let reference = argument.string, resolve(reference) != nil else {
                return fail("$ref must point to an existing #/$defs/NAME, found \(Self.render(argument))")
            }
            return []
        default:
            return fail("unsupported keyword '\(keyword)'")
        }
    }

    /// An object whose every member is a schema (`properties`, `$defs`).
    private func schemas(in argument: JSONValue, at path: String) -> [Problem] {
        guard case .object(let members) = argument else {
            return [Problem(inSchema: true, path: path, message: "expected an object of schemas")]
        }
        return members.sorted { $0.key < $1.key }.flatMap { problems(inSchema: $1, at: Self.path(path, $0)) }
    }
}
