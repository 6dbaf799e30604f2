import Foundation

/// A judgment typed on one line with its reason: "ja, ze zei het me zelf", "nee: hij is 17",
/// "weet niet - nog niet gevraagd". Saves a tired caregiver the separate "Waarom?".
public struct JudgmentLine: Equatable, Sendable {
    public var judgment: ConditionJudgment.Judgment
    /// Nil when she typed the judgment alone; the walk then asks why.
    public var why: String?

    public init?(_ typed: String) {
        let line = typed.trimmingCharacters(in: .whitespaces)
        if let whole = ConditionJudgment.Judgment(typed: line) {
            self.judgment = whole
            self.why = nil
            return
        }
        for (head, rest) in Self.splits(of: line) {
            guard let judgment = ConditionJudgment.Judgment(typed: String(head)) else { continue }
            let why = String(rest.drop { Self.separators.contains($0) || $0 == " " }).trimmingCharacters(in: .whitespaces)
            self.judgment = judgment
            self.why = why.isEmpty ? nil : why
            return
        }
        return nil
    }

    public init(_ judgment: ConditionJudgment.Judgment, why: String? = nil) {
        self.judgment = judgment
        self.why = why
    }

    private static let separators: Set<Character> = [",", ":", ";", "-", "–", "—", "."]

    /// Where the judgment may end: at the first separator, else after its first two or one words.
    private static func splits(of line: String) -> [(Substring, Substring)] {
        var splits: [(Substring, Substring)] = []
        if let mark = line.firstIndex(where: { separators.contains($0) }) {
            splits.append((line[..<mark], line[mark...]))
        }
        let spaces = line.indices.filter { line[$0] == " " }
        for space in spaces.prefix(2).reversed() { splits.append((line[..<space], line[space...])) }
        return splits
    }
}
