/// An article number such as 458, 458bis or 371/1, normalised so that "458 bis", "458-bis" and
/// "458Bis" are the same number.
public struct ArticleNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var base: Int
    /// 0 for none, 2 for bis, 3 for ter … (the Latin ordinal the suffix stands for).
    public var suffixRank: Int
    public var subNumber: Int?

    public static let suffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]

    public init(base: Int, suffixRank: Int = 0, subNumber: Int? = nil) {
        self.base = base
        self.suffixRank = suffixRank
        self.subNumber = subNumber
    }

    /// Parses "458", "458bis", "458 bis", "458-Bis", "371/1"; nil for anything else.
    public init?(_ text: String) {
        let lowered = text.lowercased().filter { $0 != " " && $0 != "-" && $0 != "\u{00A0}" }
        let digits = lowered.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, digits.first != "0", let base = Int(digits) else { return nil }
        var rest = lowered.dropFirst(digits.count)
        var rank = 0
        if let index = Self.suffixes.firstIndex(where: { rest.hasPrefix($0) }) {
            rank = index + 2
            rest = rest.dropFirst(Self.suffixes[index].count)
        }
        var sub: Int?
        if rest.first == "/" {
            guard let value = Int(rest.dropFirst()), value > 0 else { return nil }
            sub = value
            rest = ""
        }
        guard rest.isEmpty else { return nil }
        self.init(base: base, suffixRank: rank, subNumber: sub)
    }

    public var suffix: String { suffixRank >= 2 ? Self.suffixes[suffixRank - 2] : "" }

    public var description: String {
        "\(base)\(suffix)" + (subNumber.map { "/\($0)" } ?? "")
    }

    /// How far apart two numbers are, for "the nearest known provision": the base counts far
    /// more than the suffix, so 459 is nearest to 458 and 458quater to 458ter.
    public func distance(to other: ArticleNumber) -> Int {
        abs(base - other.base) * 100 + abs(suffixRank - other.suffixRank) * 10 + ((subNumber == other.subNumber) ? 0 : 1)
    }

    public static func < (lhs: ArticleNumber, rhs: ArticleNumber) -> Bool {
        (lhs.base, lhs.suffixRank, lhs.subNumber ?? 0) < (rhs.base, rhs.suffixRank, rhs.subNumber ?? 0)
    }
}
