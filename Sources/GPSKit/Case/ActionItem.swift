/// One step of the action plan: what, who does it, by when, when to look back at it, and
/// with whom it shares information about the family.
public struct ActionItem: Codable, Sendable, Equatable, Hashable {
    public var what: String
    public var who: String
    /// Free text: "vandaag", "voor vrijdag", a date.
    public var due: String
    public var review: CaseDay?
    /// The stakeholders (by name, as entered) this step tells something about the family.
    /// The justification checks read it; empty means the step shares nothing.
    public var sharesWith: [String]

    public init(what: String, who: String = "", due: String = "", review: CaseDay? = nil, sharesWith: [String] = []) {
        self.what = what
        self.who = who
        self.due = due
        self.review = review
        self.sharesWith = sharesWith
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        what = try container.decode(String.self, forKey: .what)
        who = try container.decodeIfPresent(String.self, forKey: .who) ?? ""
        due = try container.decodeIfPresent(String.self, forKey: .due) ?? ""
        review = try container.decodeIfPresent(CaseDay.self, forKey: .review)
        sharesWith = try container.decodeIfPresent([String].self, forKey: .sharesWith) ?? []
    }
}
