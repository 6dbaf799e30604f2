import Foundation

/// The secrecy rules R1–R13 in our own words, with the messages their checks give, read from
/// `Data/rules.json`. A test proves every rule the method marks as a check has a check here.
public struct SecrecyRules: Sendable {
    public struct Rule: Decodable, Sendable {
        /// Whether the method asks for a justification check on it.
        public var check: Bool
        /// A short paraphrase, cited beside the rule id.
        public var title: LocalizedText
        public var text: LocalizedText
        public var messages: [String: LocalizedText]
    }

    public let rules: [String: Rule]
    public let source: LocalizedText

    static let dataPath = "Sources/GPSKit/Reasoning/Data/rules.json"

    /// The rules compiled into the binary, as Swift values generated from the data file.
    public static let embedded = EmbeddedValues.rules

    init(rules: [String: Rule], source: LocalizedText) {
        self.rules = rules
        self.source = source
    }

    init(json: String) throws {
        let file = try JSONValueDecoder().decode(RuleFile.self, from: json)
        self.init(rules: file.rules, source: file.source)
    }

    /// Rule ids in their natural order: G1, then R1, R2, …, R13.
    public var ids: [String] {
        rules.keys.sorted { (String($0.prefix(1)), Int($0.dropFirst()) ?? 0) < (String($1.prefix(1)), Int($1.dropFirst()) ?? 0) }
    }

    /// A finding's message in a language, filled in; its key when the data lacks it.
    public func message(of finding: Finding, in language: Language) -> String {
        guard let template = rules[finding.rule]?.messages[finding.message] else { return "\(finding.rule).\(finding.message)" }
        var values = finding.values(in: language)
        for key in Self.nameKeys { values[key] = values[key].map { SentenceName.joinedList($0, language: language) } }
        let text = MessageTable.fill(template.text(in: language), with: values)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Placeholders that hold stakeholders' names, which read as in a sentence ("de huisarts").
    private static let nameKeys = ["name", "names", "asker", "confidant"]

    public func title(of rule: String, in language: Language) -> String {
        rules[rule]?.title.text(in: language) ?? rule
    }

    private struct RuleFile: Decodable {
        var source: LocalizedText
        var rules: [String: Rule]
    }
}
