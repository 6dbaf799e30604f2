/// The kind of bond between a stakeholder and the client, as in Hartman's eco-map.
public enum Tie: String, Codable, Sendable, CaseIterable {
    case strong
    case weak
    /// Stressful or conflicted.
    case stressful
    case broken

    public var name: MessageKey {
        switch self {
        case .strong: .tieStrong
        case .weak: .tieWeak
        case .stressful: .tieStressful
        case .broken: .tieBroken
        }
    }
}

/// Which way support, energy or resources flow between a stakeholder and the client.
public enum SupportDirection: String, Codable, Sendable, CaseIterable {
    case toClient
    case fromClient
    case both
    case neither = "none"

    public var name: MessageKey {
        switch self {
        case .toClient: .supportToClient
        case .fromClient: .supportFromClient
        case .both: .supportBoth
        case .neither: .supportNone
        }
    }
}

/// Whether a service works with the family because they asked, or because they must.
/// Secrecy is not shared across the two (method R10).
public enum HelpContext: String, Codable, Sendable, CaseIterable {
    case voluntary
    case forced

    public var name: MessageKey {
        switch self {
        case .voluntary: .contextVoluntary
        case .forced: .contextForced
        }
    }
}
