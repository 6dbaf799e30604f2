/// One step of the action plan: what, who does it, by when, and when to look back at it.
public struct ActionItem: Codable, Sendable, Equatable, Hashable {
    public var what: String
    public var who: String
    /// Free text: "vandaag", "voor vrijdag", a date.
    public var due: String
    public var review: CaseDay?

    public init(what: String, who: String = "", due: String = "", review: CaseDay? = nil) {
        self.what = what
        self.who = who
        self.due = due
        self.review = review
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        what = try container.decode(String.self, forKey: .what)
        who = try container.decodeIfPresent(String.self, forKey: .who) ?? ""
        due = try container.decodeIfPresent(String.self, forKey: .due) ?? ""
        review = try container.decodeIfPresent(CaseDay.self, forKey: .review)
    }
}
