/// A legal provision or practice framework a caregiver may lean on or be bound by, with every
/// fact about it carrying its confidence.
public struct Provision: Sendable, Decodable, Identifiable {
    public enum Kind: String, Sendable, Decodable {
        /// A numbered article of a criminal code.
        case article
        /// A rule around the articles: case law, practice, other laws.
        case framework
    }

    /// What the provision does to a disclosure; the checks (issue 5, item 5) rely on it.
    public enum Role: String, Sendable, Decodable, CaseIterable {
        /// Punishes a disclosure (458).
        case offence
        /// Lifts the offence when its conditions hold (458bis, 458ter).
        case permission
        /// Punishes not acting (422bis, 422ter).
        case duty
        /// A ground that takes away punishability (state of necessity).
        case justification
        /// A professional rule, not a statute (shared and joint secrecy).
        case practice
        case dataProtection
    }

    public var id: String
    public var kind: Kind
    public var role: Role
    public var title: Sourced<LocalizedText>
    /// The number in Sw. 1867; nil value for a framework that has none (the note says why).
    public var oldNumber: Sourced<String?>
    /// The number in Sw. 2024; a nil value means not confirmed, never "none".
    public var newNumber: Sourced<String?>
    public var validity: ProvisionValidity
    public var texts: [ProvisionText]
    public var textNote: LocalizedText?
    public var checklist: Checklist
    public var penalties: [Penalty]
    public var aliases: [String]

    public var conditions: [Condition] { checklist.conditions }

    public func condition(_ id: String) -> Condition? { conditions.first { $0.id == id } }

    /// The parsed old number, if it has one.
    public var oldArticleNumber: ArticleNumber? { oldNumber.value.flatMap(ArticleNumber.init) }

    /// The parsed new number, only when one is recorded.
    public var newArticleNumber: ArticleNumber? { newNumber.value.flatMap(ArticleNumber.init) }
}
