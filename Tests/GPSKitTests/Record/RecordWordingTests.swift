import Foundation
import Testing

@testable import GPSKit

/// Issue 11, wording: no text GPS writes into a record, and no message, says "(aantal: 3)",
/// leaves a bracket open or closes one it never opened, or says a word twice in a row
/// ("uitzondering: Uitzondering:", "bespreek je je zorg").
@Suite struct RecordWordingTests {
    /// Every example's record in both languages, and the coach's export.
    static func records() throws -> [(String, String)] {
        var records: [(String, String)] = []
        for name in ExamplesTests.names {
            let (caseFile, route) = try ExamplesTests().caseFile(of: name)
            for language in Language.allCases {
                let record = MarkdownRecordRenderer(questionnaire: route, texts: .embedded(language)).render(caseFile)
                records.append(("\(name) (\(language.rawValue))", record))
            }
            let anonymous = AnonymousCase(caseFile, questionnaire: route, rulebook: try Rulebook.embedded(), messages: .embedded(.nl))
            let export = MarkdownRecordRenderer(questionnaire: route, texts: .embedded(.nl))
                .render(anonymous.caseFile, reasoning: anonymous.reasoning)
            records.append(("\(name) (export)", export))
        }
        return records
    }

    /// The messages, and the rules' texts that the record and `gps toets` show.
    static func messages() throws -> [(String, String)] {
        let table = try MessageTable.decode(try PackageRoot.text(MessageTable.embeddedPath))
        var texts = table.sorted { $0.key < $1.key }.flatMap { key, text in [("\(key) (nl)", text.nl), ("\(key) (en)", text.en)] }
        let rules = try JSONSerialization.jsonObject(with: Data(try PackageRoot.text("Sources/GPSKit/Reasoning/Data/rules.json").utf8))
        texts += Self.strings(in: rules, path: "rules.json")
        return texts
    }

    static func strings(in value: Any, path: String) -> [(String, String)] {
        switch value {
        case let text as String: [(path, text)]
        case let object as [String: Any]: object.sorted { $0.key < $1.key }.flatMap { strings(in: $0.value, path: path + "." + $0.key) }
        case let array as [Any]: array.enumerated().flatMap { strings(in: $0.element, path: path + "[\($0.offset)]") }
        default: []
        }
    }

    /// "je je", "Uitzondering: uitzondering": one word of two letters or more twice, on one
    /// line, case aside ("Danger A: a serious…" is no doubling).
    static func doubledWord(in line: String) -> String? {
        var previous: (word: Substring, end: String.Index)?
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index].isLetter || line[index].isNumber else {
                index = line.index(after: index)
                continue
            }
            let start = index
            while index < line.endIndex, line[index].isLetter || line[index].isNumber { index = line.index(after: index) }
            let word = line[start..<index]
            if let previous, word.count > 1, word.lowercased() == previous.word.lowercased(), word.first?.isLetter == true,
                line[previous.end..<start].allSatisfy({ $0 == " " || $0 == ":" })
            {
                return String(line[previous.word.startIndex..<index])
            }
            previous = (word, index)
        }
        return nil
    }

    /// A bracket with no partner. A bracket named as a character ("ontbreekt er een } of ]?")
    /// stands apart from the words around it and is left out.
    static func unmatchedBracket(in line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]
        var open: [Unicode.Scalar] = []
        for (index, scalar) in scalars.enumerated() {
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if "([{".unicodeScalars.contains(scalar) {
                if after.properties.isWhitespace { continue }
                open.append(scalar)
            } else if let partner = pairs[scalar] {
                if before.properties.isWhitespace { continue }
                guard open.last == partner else { return true }
                open.removeLast()
            }
        }
        return !open.isEmpty
    }

    static func problems(in texts: [(String, String)]) -> [String] {
        var problems: [String] = []
        for (label, text) in texts {
            for line in text.split(separator: "\n").map(String.init) {
                if line.contains("(aantal:") || line.contains("(count:") { problems.append("\(label): (aantal: in \(line)") }
                if let doubled = doubledWord(in: line) { problems.append("\(label): \"\(doubled)\" in \(line)") }
                if unmatchedBracket(in: line) { problems.append("\(label): unmatched bracket in \(line)") }
            }
        }
        return problems
    }

    @Test func theCheckFindsWhatItLooksFor() {
        #expect(Self.doubledWord(in: "bespreek je je zorg") == "je je")
        #expect(Self.doubledWord(in: "uitzondering: Uitzondering: noodtoestand") == "uitzondering: Uitzondering")
        #expect(Self.doubledWord(in: "de jeugdrechter en de consulent") == nil)
        #expect(Self.unmatchedBracket(in: "Jonas (7) (zoon"))
        #expect(Self.unmatchedBracket(in: "p1[\"Jonas (7)\"]") == false)
        #expect(Self.unmatchedBracket(in: "ontbreekt er een } of ]?") == false)
    }

    @Test func noRecordSaysACountInBracketsAWordTwiceOrLeavesABracketOpen() throws {
        let problems = Self.problems(in: try Self.records())
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(5))")
    }

    /// `gps wet` for every provision, and the Mermaid ecogram with relations as `gps ecogram`
    /// draws it: "uitzondering: Uitzondering:" and "Jonas (7) (zoon…)" are gone.
    @Test func theLawAndTheEcogramReadCleanlyToo() throws {
        let rulebook = try Rulebook.embedded()
        var texts: [(String, String)] = []
        for language in Language.allCases {
            let renderer = TextProvisionRenderer(wording: LawWording(rulebook: rulebook, texts: .embedded(language)))
            // Statutory text is quoted character for character (legal README, rule 4), so its
            // lines are left out.
            texts += rulebook.provisions.map { provision in
                let lines = renderer.render(provision).split(separator: "\n").filter { !$0.hasPrefix("  > ") }
                return ("gps wet \(provision.id) (\(language.rawValue))", lines.joined(separator: "\n"))
            }
        }
        let problems = Self.problems(in: texts)
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(5))")
        for name in ExamplesTests.names {
            let (caseFile, _) = try ExamplesTests().caseFile(of: name)
            let mermaid = MermaidEcogramRenderer(texts: .embedded(.nl)).render(Ecogram(case: caseFile))
            #expect(!mermaid.contains(") ("), "\(name): a bracket right after a bracket")
            #expect(Self.problems(in: [(name, mermaid)]).isEmpty)
        }
    }

    @Test func noMessageDoesEither() throws {
        let problems = Self.problems(in: try Self.messages())
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(5))")
    }

    /// The questionnaires' prompts and helps too, and one spelling of "Eén per regel" (the
    /// short route once said "Een per regel" beside it).
    @Test func noQuestionnaireTextDoesEither() throws {
        var texts: [(String, String)] = []
        for name in ["gps", "kort", "intervisie"] {
            let file = try JSONSerialization.jsonObject(with: Data(try PackageRoot.text("Questionnaires/\(name).json").utf8))
            texts += Self.strings(in: file, path: name + ".json").filter { !$0.0.hasSuffix(".$schema") }
        }
        let problems = Self.problems(in: texts) + texts.filter { $0.1.contains("Een per regel") }.map { "\($0.0): Een per regel" }
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(5))")
    }
}
