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
    /// How one point of a provision is named in a finding: "punt {n} ({text})".
    public let point: LocalizedText

    static let dataPath = "Sources/GPSKit/Reasoning/Data/rules.json"

    /// The rules compiled into the binary.
    public static let embedded: SecrecyRules = {
        let text = EmbeddedData.text(at: dataPath) ?? ""
        let empty = LocalizedText(nl: "", en: "")
        return (try? SecrecyRules(json: text)) ?? SecrecyRules(rules: [:], source: empty, point: empty)
    }()

    init(rules: [String: Rule], source: LocalizedText, point: LocalizedText) {
        self.rules = rules
        self.source = source
        self.point = point
    }

    init(json: String) throws {
        let file = try JSONValueDecoder().decode(RuleFile.self, from: json)
        self.init(rules: file.rules, source: file.source, point: file.point)
    }

    /// Rule ids in their natural order: G1, then R1, R2, …, R13.
    public var ids: [String] {
        rules.keys.sorted { (String($0.prefix(1)), Int($0.dropFirst()) ?? 0) < (String($1.prefix(1)), Int($1.dropFirst()) ?? 0) }
    }

    /// Points of a provision as a finding names them: "punt 5 (…), punt 6 (…)".
    func points(_ points: [PointAssessment]) -> LocalizedText {
        func list(_ language: Language) -> String {
            points.map { point in
                MessageTable.fill(self.point.text(in: language), with: [
                    "n": String(point.number), "text": point.condition.shortText(in: language),
                ])
            }.joined(separator: ", ")
        }
        return LocalizedText(nl: list(.nl), en: list(.en))
    }

    /// A finding's message in a language, filled in; its key when the data lacks it.
    public func message(of finding: Finding, in language: Language) -> String {
        guard let template = rules[finding.rule]?.messages[finding.message] else { return "\(finding.rule).\(finding.message)" }
        let text = MessageTable.fill(template.text(in: language), with: finding.values(in: language))
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    public func title(of rule: String, in language: Language) -> String {
        rules[rule]?.title.text(in: language) ?? rule
    }

    private struct RuleFile: Decodable {
        var source: LocalizedText
        var point: LocalizedText
        var rules: [String: Rule]
    }
}
