import Foundation
import Testing

@testable import GPSKit

/// `Questionnaires/answers.schema.json` describes the answers file, and every list and text in
/// it has a limit the importer enforces: the walk finds each place an answers file can hold a
/// list or a text, puts one item (or one character) more than the schema allows there, and the
/// importer must refuse it, naming the place; exactly the limit passes.
@Suite struct AnswersSchemaLimitTests {
    static let schemaFile = "Questionnaires/answers.schema.json"

    /// Every answers file in the repository.
    static let answersFiles: [String] = {
        let examples = PackageRoot.file("Examples")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return folders.sorted().flatMap { folder in
            ["antwoorden.json", "kort.json"].map { "Examples/\(folder)/\($0)" }
                .filter { FileManager.default.fileExists(atPath: PackageRoot.file($0).path) }
        }
    }()

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schemaText: PackageRoot.text(Self.schemaFile))
    }

    @Test func theSchemaUsesOnlySupportedKeywords() throws {
        let validator = try validator()
        #expect(validator.schemaProblems.isEmpty, "\(validator.schemaProblems)")
    }

    @Test(arguments: answersFiles) func everyAnswersFileFollowsTheSchema(file: String) throws {
        let document = try JSONSchemaValidator.parse(PackageRoot.text(file))
        let problems = try validator().validate(document)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func theSchemaNamesTheModelsValues() throws {
        let definitions = try #require(try validator().schema.member("$defs"))
        let stakeholder = definitions.member("stakeholder")?.member("properties")
        func values(_ schema: JSONValue?) -> Set<String> { Set((schema?.member("enum")?.strings ?? []).filter { !$0.isEmpty }) }
        #expect(values(stakeholder?.member("category")) == Set(StakeholderCategory.allCases.map(\.rawValue)))
        #expect(values(stakeholder?.member("tie")) == Set(Tie.allCases.map(\.rawValue)))
        #expect(values(stakeholder?.member("support")) == Set(SupportDirection.allCases.map(\.rawValue)))
        #expect(values(stakeholder?.member("context")) == Set(HelpContext.allCases.map(\.rawValue)))
        let ground = definitions.member("action")?.member("properties")?.member("ground")
        #expect(values(ground) == Set(GroundCatalogue.embedded.ids))
        let topLevel = try validator().schema.member("properties")?.object?.keys
        #expect(topLevel.map(Set.init) == AnswersFile.topLevelKeys)
    }

    @Test func theWalkFindsTheListsAnAnswersFileCanGrowACaseBy() throws {
        let places = Set(try SchemaWalk(validator().schema).places.filter(\.isList).map(\.name))
        let expected: Set = [
            "q", "q[1].participants", "q[1].recipients", "q[1].sharesWith", "earlierEcograms",
            "earlierEcograms[1].stakeholders", "conditions.p.c.options",
        ]
        #expect(places == expected)
    }

    /// 100 pictures of 1,000 people each made a case of 23 MB: all pictures together have a limit too.
    @Test func thePeopleOfAllEarlierEcogramsTogetherHaveALimit() throws {
        func file(pictures: Int) -> String {
            let people = Array(repeating: ["name": "p"], count: InputLimits.entries)
            let pictures = (0..<pictures).map { ["date": "2026-01-\(String(format: "%02d", $0 + 1))", "stakeholders": people] }
            return String(decoding: try! JSONSerialization.data(withJSONObject: ["earlierEcograms": pictures]), as: UTF8.self)
        }
        let fits = InputLimits.earlierEcogramStakeholders / InputLimits.entries
        #expect(throws: Never.self) { try AnswersFile(text: file(pictures: fits), name: "a") }
        #expect(throws: AnswersFileError(file: "a", problems: [
            .tooManyInAll(field: "earlierEcograms", count: (fits + 1) * InputLimits.entries, limit: InputLimits.earlierEcogramStakeholders),
        ])) { try AnswersFile(text: file(pictures: fits + 1), name: "a") }
    }

    @Test func everyListAndTextHasALimitTheImporterEnforces() throws {
        let places = try SchemaWalk(validator().schema).places
        #expect(places.count > 20)
        for place in places {
            guard let limit = place.limit else {
                Issue.record("\(place.name) (\(place.schemaPath)) has no maxItems or maxLength")
                continue
            }
            let over = place.document(holding: limit + 1)
            let expected: AnswersFileProblem =
                place.isList
                ? .tooManyEntries(question: place.name, count: limit + 1, limit: limit)
                : .tooLong(question: place.name, bytes: limit + 1, limit: limit)
            do {
                _ = try AnswersFile(text: over, name: "walk")
                Issue.record("\(place.name): \(limit + 1) \(place.isList ? "items" : "characters") were taken")
            } catch {
                #expect(error.problems == [expected], "\(place.name)")
            }
            #expect(throws: Never.self, "exactly the limit passes at \(place.name)") {
                try AnswersFile(text: place.document(holding: limit), name: "walk")
            }
        }
    }
}

/// Every place in an answers file where the schema allows a list or a free text (not an id
/// from a fixed set, not a date), found by walking the schema from its root.
struct SchemaWalk {
    enum Step: Hashable {
        case key(String)
        case item
    }

    struct Place {
        var steps: [Step]
        var schemaPath: String
        var isList: Bool
        var limit: Int?

        /// As the importer names it: an answer by its question id, then `.field` and `[1]`.
        var name: String {
            var steps = steps[...]
            if steps.first == .key("answers") { steps = steps.dropFirst() }
            var name = ""
            for step in steps {
                switch step {
                case .key(let key): name += name.isEmpty ? key : ".\(key)"
                case .item: name += "[1]"
                }
            }
            return name
        }

        /// A smallest answers file with `count` items (or characters) here.
        func document(holding count: Int) -> String {
            var value: Any = isList ? Array(repeating: "x", count: count) : String(repeating: "x", count: count)
            for step in steps.reversed() {
                switch step {
                case .key(let key): value = [key: value]
                case .item: value = [value]
                }
            }
            let data = try! JSONSerialization.data(withJSONObject: value)
            return String(decoding: data, as: UTF8.self)
        }
    }

    let schema: JSONValue
    private(set) var places: [Place] = []

    init(_ schema: JSONValue) {
        self.schema = schema
        walk(schema, steps: [], schemaPath: "")
    }

    /// Question, provision and condition ids in the maps stand in as `q`, `p` and `c`.
    private static func placeholder(after steps: [Step]) -> String {
        guard steps.first == .key("conditions") else { return "q" }
        return steps.count == 1 ? "p" : "c"
    }

    private mutating func walk(_ node: JSONValue, steps: [Step], schemaPath: String) {
        guard steps.count < 12 else { return }
        if let reference = node.member("$ref")?.string, let target = resolve(reference) {
            return walk(target, steps: steps, schemaPath: reference)
        }
        for keyword in ["anyOf", "oneOf", "allOf"] {
            for (index, alternative) in (node.member(keyword)?.array ?? []).enumerated() {
                walk(alternative, steps: steps, schemaPath: "\(schemaPath)/\(keyword)/\(index)")
            }
        }
        let types = node.member("type").flatMap { $0.string.map { [$0] } ?? $0.strings } ?? []
        let isFree = node.member("enum") == nil && node.member("const") == nil && node.member("pattern") == nil
        if types.contains("array") {
            places.append(Place(steps: steps, schemaPath: schemaPath, isList: true, limit: count(node.member("maxItems"))))
        } else if types.contains("string"), isFree {
            places.append(Place(steps: steps, schemaPath: schemaPath, isList: false, limit: count(node.member("maxLength"))))
        }
        for (name, property) in (node.member("properties")?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            walk(property, steps: steps + [.key(name)], schemaPath: "\(schemaPath)/properties/\(name)")
        }
        if let additional = node.member("additionalProperties"), additional.object != nil {
            let key = Self.placeholder(after: steps)
            walk(additional, steps: steps + [.key(key)], schemaPath: "\(schemaPath)/additionalProperties")
        }
        if let items = node.member("items") {
            walk(items, steps: steps + [.item], schemaPath: "\(schemaPath)/items")
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/$defs/") else { return nil }
        return schema.member("$defs")?.member(String(reference.dropFirst("#/$defs/".count)))
    }

    private func count(_ value: JSONValue?) -> Int? {
        guard case .number(let number)? = value else { return nil }
        return Int(exactly: number)
    }
}
