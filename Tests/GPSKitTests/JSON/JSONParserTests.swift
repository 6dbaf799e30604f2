import Foundation
import Testing

@testable import GPSKit

@Suite struct JSONParserTests {
    @Test func readsEveryKindOfValue() throws {
        let text = #" {"a": [1, -2.5e3, true, false, null], "b": {"c": "x\"y\\z\/\n\t\u00e9\ud83d\ude00"}, "": []} "#
        #expect(try JSONParser.parse(text) == .object([
            "a": .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]),
            "b": .object(["c": .string("x\"y\\z/\n\té😀")]),
            "": .array([]),
        ]))
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9), ("[1 2]", 1, 4), ("{\n  \"a\": tru\n}", 2, 8), ("[01]", 1, 3), (#""\x""#, 1, 3),
        ("\"a\tb\"", 1, 3), ("", 1, 1), ("[", 1, 2), ("{} {}", 1, 4), ("-", 1, 2), ("1.", 1, 3),
    ])
    func namesWhereItWentWrong(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("\(text.debugDescription) parsed")
        } catch {
            #expect((error.line, error.column) == (line, column), "\(text.debugDescription): \(error)")
        }
    }

    @Test func hostileNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
        #expect((try? JSONParser.parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200))) != nil)
    }

    @Test func agreesWithJSONDecoderOnRandomDocuments() throws {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<500 {
            let text = Self.document(&random, depth: 0)
            let ours = try JSONParser.parse(text)
            let theirs = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            #expect(ours == theirs, "\(text)")
        }
    }

    /// Random JSON text with escapes, unicode, nesting and numbers in several notations.
    static func document(_ random: inout SplitMix64, depth: Int) -> String {
        switch random.next() % (depth > 3 ? 3 : 5) {
        case 0: return ["1", "-0", "3.25", "1e3", "-2.5E-2", "123456789", "0.5"][Int(random.next() % 7)]
        case 1: return ["true", "false", "null"][Int(random.next() % 3)]
        case 2:
            let pieces = ["a", "é", "😀", "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", " ", "|", "<"]
            return "\"" + (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() + "\""
        case 3:
            return "[" + (0..<Int(random.next() % 4)).map { _ in document(&random, depth: depth + 1) }.joined(separator: ", ") + "]"
        default:
            let fields = (0..<Int(random.next() % 4)).map { index in "\"k\(index)\": " + document(&random, depth: depth + 1) }
            return "{" + fields.joined(separator: ",\n ") + "}"
        }
    }
}
