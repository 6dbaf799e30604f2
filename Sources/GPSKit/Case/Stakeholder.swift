/// A person or service around the client who has a stake in what she decides.
public struct Stakeholder: Codable, Sendable, Equatable, Hashable {
    /// A name or a role ("moeder", "buurman", "OCMW").
    public var name: String
    /// Who this is to the client ("partner", "school van de oudste").
    public var relation: String
    /// What is at stake for them, as she sees it.
    public var interest: String
    /// What they ask or expect of her.
    public var expects: String
    /// Their place in the ecogram.
    public var category: StakeholderCategory
    public var tie: Tie
    public var support: SupportDirection
    /// Voluntary or forced help; asked for services, her organisation and justice.
    public var context: HelpContext?
    /// Whether the family knows this party is involved; asked for everyone outside the household.
    public var familyKnows: Bool?
    /// She (or he) told the caregiver what the case is about.
    public var confided: Bool
    /// She (or he) asked the caregiver to keep it to herself.
    public var askedSilence: Bool

    public init(
        name: String, relation: String = "", interest: String = "", expects: String = "",
        category: StakeholderCategory? = nil, tie: Tie? = nil, support: SupportDirection? = nil,
        context: HelpContext? = nil, familyKnows: Bool? = nil, confided: Bool = false, askedSilence: Bool = false
    ) {
        self.name = name
        self.relation = relation
        self.interest = interest
        self.expects = expects
        let category = category ?? CategoryGuess.category(name: name, relation: relation)
        self.category = category
        self.tie = tie ?? category.usualTie
        self.support = support ?? category.usualSupport
        self.context = context
        self.familyKnows = familyKnows
        self.confided = confided
        self.askedSilence = askedSilence
    }

    /// Cases saved before the ecogram existed have no ecogram fields; they get the same
    /// defaults the wizard would offer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            relation: try container.decodeIfPresent(String.self, forKey: .relation) ?? "",
            interest: try container.decodeIfPresent(String.self, forKey: .interest) ?? "",
            expects: try container.decodeIfPresent(String.self, forKey: .expects) ?? "",
            category: try container.decodeIfPresent(StakeholderCategory.self, forKey: .category),
            tie: try container.decodeIfPresent(Tie.self, forKey: .tie),
            support: try container.decodeIfPresent(SupportDirection.self, forKey: .support),
            context: try container.decodeIfPresent(HelpContext.self, forKey: .context),
            familyKnows: try container.decodeIfPresent(Bool.self, forKey: .familyKnows),
            confided: try container.decodeIfPresent(Bool.self, forKey: .confided) ?? false,
            askedSilence: try container.decodeIfPresent(Bool.self, forKey: .askedSilence) ?? false
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(relation, forKey: .relation)
        try container.encode(interest, forKey: .interest)
        try container.encode(expects, forKey: .expects)
        try container.encode(category, forKey: .category)
        try container.encode(tie, forKey: .tie)
        try container.encode(support, forKey: .support)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encodeIfPresent(familyKnows, forKey: .familyKnows)
        // Left out when false, as for nearly everyone in the network.
        if confided { try container.encode(confided, forKey: .confided) }
        if askedSilence { try container.encode(askedSilence, forKey: .askedSilence) }
    }

    private enum CodingKeys: String, CodingKey {
        case name, relation, interest, expects, category, tie, support, context, familyKnows, confided, askedSilence
    }

    /// Whether the wizard asks about voluntary or forced help for this party.
    public var hasHelpContext: Bool { [.services, .organisation, .society].contains(category) }

    /// Whether the wizard asks if the family knows this party is involved.
    public var isOutsideTheFamily: Bool { ![.client, .household].contains(category) }
}

extension StakeholderCategory {
    /// The tie the wizard offers first for a stakeholder of this category.
    public var usualTie: Tie {
        switch self {
        case .client, .household: .strong
        case .informal, .services, .organisation, .society: .weak
        }
    }

    /// The direction of support the wizard offers first.
    public var usualSupport: SupportDirection {
        switch self {
        case .client, .society: .neither
        case .household: .both
        case .informal, .services, .organisation: .toClient
        }
    }
}
