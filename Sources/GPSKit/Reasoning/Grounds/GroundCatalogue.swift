/// The grounds and the proposals GPS makes per recipient, read from `Data/grounds.json`.
public struct GroundCatalogue: Sendable, Decodable {
    /// One rule of thumb: a recipient who fits gets `ground`, unless the case calls for another.
    public struct Proposal: Sendable, Decodable {
        public var signal: String?
        public var categories: [StakeholderCategory]?
        public var ground: String
        public var inAcuteDanger: String?
        public var inSelfHarm: String?
    }

    public var grounds: [Ground]
    public var proposals: [Proposal]

    static let dataPath = "Sources/GPSKit/Reasoning/Data/grounds.json"

    /// The catalogue compiled into the binary, as Swift values generated from the data file;
    /// its tests prove the file decodes, gives these values and every id resolves.
    public static let embedded = EmbeddedValues.grounds

    public func ground(_ id: String) -> Ground? { grounds.first { $0.id == id } }

    public var ids: [String] { grounds.map(\.id) }

    /// The grounds to offer when `id` does not cover a step: its alternatives, without 458bis
    /// where the danger is to the person herself (the right to report is about offences by others).
    public func alternatives(to id: String, selfHarm: Bool) -> [Ground] {
        (ground(id)?.alternatives ?? []).filter { !(selfHarm && $0 == Self.reportToProsecutor) }.compactMap(ground)
    }

    static let reportToProsecutor = "458bis"
}
