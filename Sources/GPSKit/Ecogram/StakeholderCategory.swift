/// Where a stakeholder stands around the client: the sectors of the ecogram (method B10).
/// `client` marks the person or people the help is for; they sit in the centre.
public enum StakeholderCategory: String, Codable, Sendable, CaseIterable, Comparable {
    case client
    case household
    case informal
    case services
    case organisation
    case society

    /// The sectors drawn around the centre, in drawing order.
    public static let sectors: [StakeholderCategory] = [.household, .informal, .services, .organisation, .society]

    /// Which of the three parties of method B9 this category speaks for.
    public var party: Party {
        switch self {
        case .client, .household, .informal: .clientSystem
        case .organisation: .organisation
        case .services, .society: .society
        }
    }

    public var name: MessageKey {
        switch self {
        case .client: .categoryClient
        case .household: .categoryHousehold
        case .informal: .categoryInformal
        case .services: .categoryServices
        case .organisation: .categoryOrganisation
        case .society: .categorySociety
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The three parties whose questions she weighs (method B9).
public enum Party: String, Codable, Sendable, CaseIterable {
    case clientSystem, organisation, society

    public var name: MessageKey {
        switch self {
        case .clientSystem: .partyClientSystem
        case .organisation: .partyOrganisation
        case .society: .partySociety
        }
    }
}
