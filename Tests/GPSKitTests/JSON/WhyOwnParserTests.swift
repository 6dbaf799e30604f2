import Foundation
import Testing

@testable import GPSKit

/// GPS keeps its own JSON parser for one measured reason (README, developers' notes): it says
/// where a syntax error is, and Foundation's `JSONDecoder` on Linux does not. This fails the day
/// Foundation says where, so the parser can go then.
@Suite struct WhyOwnParserTests {
    let missingComma = Data("{\n  \"title\": \"x\",\n  \"answers\": {\n    \"feiten\": [\"a\" \"b\"]\n  }\n}\n".utf8)

    @Test func ourParserSaysWhere() throws {
        let error = try #require(throws: JSONParser.SyntaxError.self) {
            try JSONParser.parse(String(decoding: missingComma, as: UTF8.self))
        }
        #expect((error.line, error.column) == (4, 20))
    }

    @Test func foundationDoesNotSayWhere() {
        do {
            _ = try JSONDecoder().decode([String: String].self, from: missingComma)
            Issue.record("Foundation accepted a missing comma")
        } catch {
            let said = String(reflecting: error) + String(describing: (error as NSError).userInfo)
            #expect(!said.contains("line 4") && !said.contains("column 20"), "Foundation now says where: \(said)")
        }
    }
}
