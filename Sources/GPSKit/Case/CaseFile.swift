import Foundation

/// One case as it is saved: who made it when, which route, and every answer so far.
public struct CaseFile: Codable, Sendable, Equatable {
    /// Bump when the stored shape changes; older files are migrated (see `CaseMigration`),
    /// newer ones refused.
    public static let currentFormatVersion = 3

    public var formatVersion: Int
    public var id: CaseID
    public var title: String
    /// The questionnaire (route) this case follows.
    public var route: String
    /// The day the case is about, shown on the record.
    public var date: CaseDay
    public var created: Date
    public var updated: Date
    /// Finished answers, by question id.
    public var answers: [String: Answer]
    /// Half-finished answers (a list cut off by Ctrl-D or `:stop`), offered again on resume.
    public var drafts: [String: Answer]
    /// Optional questions she chose to pass.
    public var skipped: Set<String>
    /// The network on each day it changed, oldest first.
    public var ecograms: [EcogramSnapshot]
    /// Intervision sessions on this case, oldest first; they never change `answers`.
    public var intervisions: [IntervisionSession]
    /// Her judgment of each condition of the provisions named in H1, by provision and condition
    /// id. Judgments of a provision she no longer names stay, but the record leaves them out.
    public var conditionJudgments: ConditionJudgments
    /// The sub-prompt she stopped at, when she stopped inside a question or a walk.
    public var resumePoint: ResumePoint?

    public init(id: CaseID, title: String, route: String, date: CaseDay, now: Date) {
        formatVersion = Self.currentFormatVersion
        self.id = id
        self.title = title
        self.route = route
        self.date = date
        created = now
        updated = now
        answers = [:]
        drafts = [:]
        skipped = []
        ecograms = []
        intervisions = []
        conditionJudgments = [:]
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, id, title, route, date, created, updated, answers, drafts, skipped, ecograms, intervisions
        case conditionJudgments, resumePoint
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        id = try container.decode(CaseID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        route = try container.decode(String.self, forKey: .route)
        date = try container.decode(CaseDay.self, forKey: .date)
        created = try container.decode(Date.self, forKey: .created)
        updated = try container.decode(Date.self, forKey: .updated)
        answers = try container.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:]
        drafts = try container.decodeIfPresent([String: Answer].self, forKey: .drafts) ?? [:]
        skipped = Set(try container.decodeIfPresent([String].self, forKey: .skipped) ?? [])
        ecograms = try container.decodeIfPresent([EcogramSnapshot].self, forKey: .ecograms) ?? []
        intervisions = try container.decodeIfPresent([IntervisionSession].self, forKey: .intervisions) ?? []
        conditionJudgments = try container.decodeIfPresent(ConditionJudgments.self, forKey: .conditionJudgments) ?? [:]
        resumePoint = try container.decodeIfPresent(ResumePoint.self, forKey: .resumePoint)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(route, forKey: .route)
        try container.encode(date, forKey: .date)
        try container.encode(created, forKey: .created)
        try container.encode(updated, forKey: .updated)
        try container.encode(answers, forKey: .answers)
        try container.encode(drafts, forKey: .drafts)
        try container.encode(skipped.sorted(), forKey: .skipped)
        try container.encode(ecograms, forKey: .ecograms)
        // Left out until there is one, so a case without intervision keeps its exact bytes.
        if !intervisions.isEmpty { try container.encode(intervisions, forKey: .intervisions) }
        if !conditionJudgments.isEmpty { try container.encode(conditionJudgments, forKey: .conditionJudgments) }
        try container.encodeIfPresent(resumePoint, forKey: .resumePoint)
    }

    /// Whether the question has been dealt with (answered or passed).
    public func isSettled(_ questionID: String) -> Bool {
        answers[questionID] != nil || skipped.contains(questionID)
    }
}
