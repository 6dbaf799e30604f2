/// Her judgment of one condition of a provision, and why she judged so.
public struct ConditionJudgment: Codable, Sendable, Equatable, Hashable {
    public enum Judgment: String, Codable, Sendable, CaseIterable {
        case yes
        case no
        case notSure
    }

    public var judgment: Judgment
    /// For a point judged by picking options (458bis: which listed offence): the ids she picked.
    /// Empty with `yes` means she said yes without saying which (answers from before options).
    public var options: [String]
    /// Empty when she gave no reason (Enter).
    public var why: String

    public init(_ judgment: Judgment, options: [String] = [], why: String = "") {
        self.judgment = judgment
        self.options = options
        self.why = why
    }

    enum CodingKeys: String, CodingKey { case judgment, options, why }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        judgment = try container.decode(Judgment.self, forKey: .judgment)
        options = try container.decodeIfPresent([String].self, forKey: .options) ?? []
        why = try container.decodeIfPresent(String.self, forKey: .why) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(judgment, forKey: .judgment)
        // Left out when empty, so cases without options keep their exact bytes.
        if !options.isEmpty { try container.encode(options, forKey: .options) }
        try container.encode(why, forKey: .why)
    }
}

extension ConditionJudgment {
    /// Picked at a point with options: none of them holds (the point is not met).
    public static let noneOption = "none"
    /// Picked at a point with options: she does not know which, if any, holds.
    public static let unknownOption = "unknown"
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
