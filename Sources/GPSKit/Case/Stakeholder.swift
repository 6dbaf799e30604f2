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

    public init(name: String, relation: String = "", interest: String = "", expects: String = "") {
        self.name = name
        self.relation = relation
        self.interest = interest
        self.expects = expects
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        relation = try container.decodeIfPresent(String.self, forKey: .relation) ?? ""
        interest = try container.decodeIfPresent(String.self, forKey: .interest) ?? ""
        expects = try container.decodeIfPresent(String.self, forKey: .expects) ?? ""
    }
}
