import Foundation

@testable import GPSKit

/// Applying a (checked) schema to a document, keyword by keyword, as draft 2020-12 defines them.
extension JSONSchemaValidator {
    /// Deep enough for any real document; only a `$ref` cycle that never descends reaches it.
    static let maximumDepth = 64

    func errors(in value: JSONValue, against schema: JSONValue, at path: String, depth: Int) -> [Problem] {
        guard depth < Self.maximumDepth else {
            return [Problem(inSchema: true, path: path, message: "$ref recursion deeper than \(Self.maximumDepth)")]
        }
        guard case .object(let keywords) = schema else {
            return [Problem(inSchema: true, path: path, message: "a schema must be a JSON object")]
        }
        return keywords.sorted { $0.key < $1.key }.flatMap { keyword, argument in
            errors(in: value, keyword: keyword, argument: argument, siblings: keywords, at: path, depth: depth)
        }
    }

    private func errors(
        in value: JSONValue, keyword: String, argument: JSONValue, siblings: [String: JSONValue],
        at path: String, depth: Int
    ) -> [Problem] {
        let fail = { (message: String) in [Problem(inSchema: false, path: path, message: message)] }
        let subschemas: [JSONValue] = if case .array(let items) = argument { items } else { [] }
        switch (keyword, value, argument) {
        case ("type", _, _):
            let names = argument.string.map { [$0] } ?? argument.strings ?? []
            if names.contains(where: { Self.value(value, hasType: $0) }) { return [] }
            return fail("expected \(names.joined(separator: " or ")), found \(Self.typeName(of: value))")
        case ("properties", .object(let members), .object(let properties)):
            return properties.sorted { $0.key < $1.key }.flatMap { name, subschema in
                members[name].map { errors(in: $0, against: subschema, at: Self.path(path, name), depth: depth) } ?? []
            }
        case ("required", .object(let members), _):
            return (argument.strings ?? []).filter { members[$0] == nil }.flatMap { fail("missing required property '\($0)'") }
        case ("additionalProperties", .object(let members), .bool(false)):
            let properties = siblings["properties"]?.object ?? [:]
            return members.keys.sorted().filter { properties[$0] == nil }.map {
                Problem(inSchema: false, path: Self.path(path, $0), message: "property '\($0)' is not allowed here")
            }
        case ("additionalProperties", .object(let members), .object):
            let properties = siblings["properties"]?.object ?? [:]
            return members.keys.sorted().filter { properties[$0] == nil }.flatMap {
                errors(in: members[$0]!, against: argument, at: Self.path(path, $0), depth: depth)
            }
        case ("items", .array(let items), _):
            return items.indices.flatMap { errors(in: items[$0], against: argument, at: "\(path)/\($0)", depth: depth) }
        case ("minItems", .array(let items), .number(let minimum)):
            return Double(items.count) >= minimum ? [] : fail("expected at least \(Self.render(argument)) item(s), found \(items.count)")
        case ("maxItems", .array(let items), .number(let maximum)):
            return Double(items.count) <= maximum ? [] : fail("expected at most \(Self.render(argument)) item(s), found \(items.count)")
        case ("maxLength", .string(let text), .number(let maximum)):
            let length = text.unicodeScalars.count
            return Double(length) <= maximum ? [] : fail("expected at most \(Self.render(argument)) characters, found \(length)")
        case ("minLength", .string(let text), .number(let minimum)):
            let length = text.unicodeScalars.count
            return Double(length) >= minimum ? [] : fail("expected at least \(Self.render(argument)) characters, found \(length)")
        case ("pattern", .string(let text), .string(let pattern)):
            guard let regex = try? Self.regularExpression(pattern) else { return fail("invalid pattern \(pattern)") }
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            return found ? [] : fail("\(Self.render(value)) does not match the pattern \(pattern)")
        case ("minimum", .number(let number), .number(let minimum)):
            return number >= minimum ? [] : fail("\(Self.render(value)) is less than the minimum \(Self.render(argument))")
        case ("maximum", .number(let number), .number(let maximum)):
            return number <= maximum ? [] : fail("\(Self.render(value)) is more than the maximum \(Self.render(argument))")
        case ("enum", _, .array(let allowed)):
            if allowed.contains(value) { return [] }
            return fail("\(Self.render(value)) is not one of \(allowed.map(Self.render).joined(separator: ", "))")
        case ("const", _, _):
            return value == argument ? [] : fail("\(Self.render(value)) is not \(Self.render(argument))")
        case ("allOf", _, _):
            return subschemas.flatMap { errors(in: value, against: $0, at: path, depth: depth) }
        case ("anyOf", _, _):
            let outcomes = subschemas.map { errors(in: value, against: $0, at: path, depth: depth) }
            if outcomes.contains(where: \.isEmpty) { return [] }
            return fail("matches none of the alternatives (\(summary(of: outcomes, for: subschemas)))")
        case ("oneOf", _, _):
            let outcomes = subschemas.map { errors(in: value, against: $0, at: path, depth: depth) }
            let passed = outcomes.indices.filter { outcomes[$0].isEmpty }
            if passed.count == 1 { return [] }
            if passed.isEmpty { return fail("matches none of the alternatives (\(summary(of: outcomes, for: subschemas)))") }
            let names = passed.map { name(of: subschemas[$0], at: $0) }.joined(separator: ", ")
            return fail("matches \(passed.count) alternatives (\(names)), expected exactly one")
        case ("not", _, _):
            guard errors(in: value, against: argument, at: path, depth: depth).isEmpty else { return [] }
            let reason = argument.member("description")?.string ?? siblings["description"]?.string
            return fail(reason.map { "not allowed: \($0)" } ?? "matches the schema under 'not'")
        case ("if", _, _):
            let passed = errors(in: value, against: argument, at: path, depth: depth).isEmpty
            guard let branch = siblings[passed ? "then" : "else"] else { return [] }
            return errors(in: value, against: branch, at: path, depth: depth)
        case ("$ref", _, .string(let reference)):
            guard let target = resolve(reference) else {
                return [Problem(inSchema: true, path: path, message: "unresolved $ref \(reference)")]
            }
            return errors(in: value, against: target, at: path, depth: depth + 1)
        case (_, _, _) where Self.annotations.contains(keyword) || keyword == "then" || keyword == "else":
            return []  // annotations; `then` and `else` are applied by `if`
        case (_, _, _) where Self.assertions.contains(keyword):
            return []  // a keyword that does not apply to this type of value
        default:
            return [Problem(inSchema: true, path: path, message: "unsupported keyword '\(keyword)'")]
        }
    }

    /// Each alternative with its first error, so a "none matched" message says why.
    private func summary(of outcomes: [[Problem]], for alternatives: [JSONValue]) -> String {
        outcomes.indices.map { index in
            let first = outcomes[index].first.map { "\($0.path.isEmpty ? "" : "\($0.path) ")\($0.message)" } ?? ""
            return "\(name(of: alternatives[index], at: index)): \(first)"
        }.joined(separator: "; ")
    }

    private func name(of alternative: JSONValue, at index: Int) -> String {
        let target = alternative.member("$ref")?.string.flatMap(resolve)
        return alternative.member("title")?.string ?? target?.member("title")?.string ?? "alternative \(index + 1)"
    }

    static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("number", .number):
            true
        case ("integer", .number(let number)): number.isFinite && number.rounded() == number
        default: false
        }
    }

    static func typeName(of value: JSONValue) -> String {
        switch value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number \(render(value))"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    /// A short rendering of a value for a message.
    static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): String(flag)
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// An ECMA-262 pattern as an ICU regular expression. The one difference that matters here:
    /// ECMA's `$` matches only at the very end, ICU's also before a final line break, so an
    /// unescaped `$` outside a character class becomes `\z`.
    static func regularExpression(_ pattern: String) throws -> NSRegularExpression {
        var translated = ""
        var escaped = false
        var inClass = false
        for character in pattern {
            switch character {
            case _ where escaped: escaped = false
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "$" where !inClass:
                translated += "\\z"
                continue
            default: break
            }
            translated.append(character)
        }
        return try NSRegularExpression(pattern: translated)
    }
}

extension JSONValue {
    /// The member of an object with this name, if this is an object that has one.
    func member(_ name: String) -> JSONValue? {
        if case .object(let members) = self { members[name] } else { nil }
    }
}
