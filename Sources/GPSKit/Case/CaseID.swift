/// A short id she can type: the case's day and three letters or digits, e.g. `2026-11-22-a3f`.
public struct CaseID: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// No `0/o`, `1/l/i`: easy to read aloud and to copy by hand.
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    public let rawValue: String

    /// Accepts only the shape GPS makes, so an id can never point outside the cases folder.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, CaseDay(parsing: parts[0...2].joined(separator: "-")) != nil,
            (3...8).contains(parts[3].count), parts[3].allSatisfy({ Self.alphabet.contains($0) })
        else { return nil }
        rawValue = text
    }

    /// A fresh id for a case on `day`, with a random suffix from `generator`.
    public static func make(on day: CaseDay, length: Int = 3, using generator: inout some RandomNumberGenerator)
        -> CaseID
    {
        let suffix = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        return CaseID("\(day)-\(suffix)")!
    }

    public var description: String { rawValue }

    public static func < (lhs: CaseID, rhs: CaseID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = CaseID(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a case id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
