/// Her judgment of one condition of a provision, and why she judged so.
public struct ConditionJudgment: Codable, Sendable, Equatable, Hashable {
    public enum Judgment: String, Codable, Sendable, CaseIterable {
        case yes
        case no
        case notSure
    }

    public var judgment: Judgment
    /// Empty when she gave no reason (Enter).
    public var why: String

    public init(_ judgment: Judgment, why: String = "") {
        self.judgment = judgment
        self.why = why
    }

    enum CodingKeys: String, CodingKey { case judgment, why }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        judgment = try container.decode(Judgment.self, forKey: .judgment)
        why = try container.decodeIfPresent(String.self, forKey: .why) ?? ""
    }
}

/// Judgments by provision id, then by condition id.
public typealias ConditionJudgments = [String: [String: ConditionJudgment]]

extension ConditionJudgment.Judgment {
    /// `ja`/`yes`, `nee`/`no`, `weet niet`/`not sure` and their short forms, in any case.
    public init?(typed: String) {
        let words = typed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch words {
        case "ja", "j", "yes", "y": self = .yes
        case "nee", "n", "no": self = .no
        case "weet niet", "weetniet", "wn", "niet zeker", "not sure", "unsure", "ns": self = .notSure
        default: return nil
        }
    }
}
