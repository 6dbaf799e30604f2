/// One step of the action plan: what, who does it, by when, when to look back at it, with
/// whom it happens, who learns something about the family through it, and on what ground.
public struct ActionItem: Codable, Sendable, Equatable, Hashable {
    public var what: String
    public var who: String
    /// Free text: "vandaag", "voor vrijdag", a date.
    public var due: String
    public var review: CaseDay?
    /// The stakeholders (by name, as entered) with whom the step happens: a talk with the
    /// client, a visit to the doctor together.
    public var participants: [String]
    /// The stakeholders (by name) who learn something about the family through the step. The
    /// checks read it; empty means the step tells nobody anything.
    public var recipients: [String]
    /// What telling them rests on: a ground id of `GroundCatalogue`; nil when none is given.
    public var ground: String?

    public init(
        what: String, who: String = "", due: String = "", review: CaseDay? = nil, participants: [String] = [],
        recipients: [String] = [], ground: String? = nil
    ) {
        self.what = what
        self.who = who
        self.due = due
        self.review = review
        self.participants = participants
        self.recipients = recipients
        self.ground = ground
    }

    enum CodingKeys: String, CodingKey {
        case what, who, due, review, participants, recipients, ground
        /// Format 2 knew only "shares with"; it is read as the recipients, and `CaseMigration`
        /// finds the participants.
        case sharesWith
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        what = try container.decode(String.self, forKey: .what)
        who = try container.decodeIfPresent(String.self, forKey: .who) ?? ""
        due = try container.decodeIfPresent(String.self, forKey: .due) ?? ""
        review = try container.decodeIfPresent(CaseDay.self, forKey: .review)
        participants = try container.decodeIfPresent([String].self, forKey: .participants) ?? []
        recipients =
            try container.decodeIfPresent([String].self, forKey: .recipients)
            ?? container.decodeIfPresent([String].self, forKey: .sharesWith) ?? []
        ground = try container.decodeIfPresent(String.self, forKey: .ground)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(what, forKey: .what)
        try container.encode(who, forKey: .who)
        try container.encode(due, forKey: .due)
        try container.encodeIfPresent(review, forKey: .review)
        try container.encode(participants, forKey: .participants)
        try container.encode(recipients, forKey: .recipients)
        try container.encodeIfPresent(ground, forKey: .ground)
    }

    /// Everyone the step involves: those it happens with and those who learn something.
    public var people: [String] {
        participants + recipients.filter { !participants.contains($0) }
    }
}
