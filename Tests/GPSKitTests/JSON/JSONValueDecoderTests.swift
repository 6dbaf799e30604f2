import Foundation
import Testing

@testable import GPSKit

/// `JSONValueDecoder` reads what `JSONDecoder` reads, the same way, and fails where it fails,
/// at the same coding path.
@Suite struct JSONValueDecoderTests {
    /// The value's dump, its lines sorted: two equal dictionaries may list their keys in a
    /// different order.
    private func dumped<T>(_ value: T) -> [Substring] {
        var text = ""
        dump(value, to: &text)
        return text.split(separator: "\n").sorted()
    }

    private func both<T: Decodable>(_ type: T.Type, _ text: String, iso8601: Bool = false) -> (Result<T, any Error>, Result<T, any Error>) {
        let foundation = JSONDecoder()
        if iso8601 { foundation.dateDecodingStrategy = .iso8601 }
        let ours = JSONValueDecoder(dateDecoding: iso8601 ? .iso8601 : .deferredToDate)
        return (Result { try foundation.decode(type, from: Data(text.utf8)) }, Result { try ours.decode(type, from: text) })
    }

    @Test(arguments: [
        Rulebook.embeddedPath, SecrecyRules.dataPath, TextSignals.dataPath, CategoryGuess.dataPath,
    ])
    func everyEmbeddedFileDecodesAsWithJSONDecoder(path: String) throws {
        let text = try #require(EmbeddedData.text(at: path))
        switch path {
        case Rulebook.embeddedPath:
            let (expected, actual) = both(Rulebook.self, text)
            #expect(dumped(try actual.get()) == dumped(try expected.get()))
        default:
            let (expected, actual) = both(JSONValue.self, text)
            #expect(try actual.get() == expected.get())
        }
    }

    @Test func everyEmbeddedQuestionnaireDecodesAsWithJSONDecoder() throws {
        let paths = EmbeddedData.paths.filter { $0.hasPrefix("Questionnaires/") }
        #expect(!paths.isEmpty)
        for path in paths {
            let (expected, actual) = both(QuestionnaireFile.self, try #require(EmbeddedData.text(at: path)))
            #expect(dumped(try actual.get()) == dumped(try expected.get()), "\(path)")
        }
    }

    @Test func randomCaseFilesDecodeAsWithJSONDecoder() throws {
        for index in 0..<200 {
            let caseFile = RandomCase.make(seed: CaseRoundTripPropertyTests.defaultSeed, index: index)
            let text = String(decoding: try CaseCoding.encode(caseFile), as: UTF8.self)
            let (expected, actual) = both(CaseFile.self, text, iso8601: true)
            #expect(try actual.get() == expected.get(), "case \(index)")
        }
    }

    private struct Sample: Decodable {
        var name: String
        var count: Int
        var flags: [Bool]
        var nested: Nested?
        struct Nested: Decodable { var when: Date }
    }

    // Two of JSONDecoder's paths are one level short (a number that does not fit, a date that
    // does not parse); ours name the field, which makes a better message. Those are left out.
    @Test(arguments: [
        #"{"count": 1, "flags": []}"#,
        #"{"name": 3, "count": 1, "flags": []}"#,
        #"{"name": null, "count": 1, "flags": []}"#,
        #"{"name": "a", "count": 1, "flags": [true, "x"]}"#,
        #"{"name": "a", "count": 1, "flags": [true, null]}"#,
        #"{"name": "a", "count": 1, "flags": {}}"#,
        #"{"name": "a", "count": 1, "flags": [], "nested": {}}"#,
        #"{"name": "a", "count": 1, "flags": [], "nested": []}"#,
        #"{"name": "a", "count": 1"#,
        #"[]"#,
    ])
    func failuresHaveTheSameKindAndPath(text: String) {
        let (expected, actual) = both(Sample.self, text, iso8601: true)
        guard case .failure(let expectedError as DecodingError) = expected,
            case .failure(let actualError as DecodingError) = actual
        else {
            Issue.record("expected both to fail: \(expected), \(actual)")
            return
        }
        #expect(Self.kind(actualError) == Self.kind(expectedError))
        #expect(Self.path(actualError) == Self.path(expectedError))
    }

    @Test func validCasesWithDatesAndOptionalsDecode() throws {
        let text = #"{"name": "a", "count": 2, "flags": [true, false], "nested": {"when": "2026-11-20T10:00:00Z"}}"#
        let (expected, actual) = both(Sample.self, text, iso8601: true)
        #expect(dumped(try actual.get()) == dumped(try expected.get()))
    }

    private static func kind(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound: "keyNotFound"
        case .valueNotFound: "valueNotFound"
        case .typeMismatch: "typeMismatch"
        case .dataCorrupted: "dataCorrupted"
        @unknown default: "unknown"
        }
    }

    private static func path(_ error: DecodingError) -> [String] {
        let context: DecodingError.Context
        var extra: [String] = []
        switch error {
        case .keyNotFound(let key, let c): context = c; extra = [key.stringValue]
        case .valueNotFound(_, let c), .typeMismatch(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return []
        }
        return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } + extra
    }
}

extension JSONValueDecoderTests {
    @Test func nullsInAnArrayOfOptionalsAreNil() throws {
        let (expected, actual) = both([String?].self, #"["a", null]"#)
        #expect(try actual.get() == expected.get())
    }
}
