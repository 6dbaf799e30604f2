/// Where inside a question she was when she stopped: which entry of a list of people or steps
/// and which of its sub-prompts, the lines of a long answer, or a conditions walk under way
/// (a why still to give, an offer of another ground). Saved with every sub-answer, so `gps
/// verder` opens at that very prompt.
public struct ResumePoint: Codable, Sendable, Equatable, Hashable {
    /// The question it belongs to; `ResumePoint.endOfRoute` for the walk offered after the last.
    public var question: String
    /// 0-based, for a list of people or steps.
    public var entry: Int?
    /// The sub-prompt: a field ("relation", "who"), "confided", "lines", "walk", "why", "offer", …
    public var step: String
    /// For a why still to give: the provision and point it belongs to.
    public var provision: String?
    public var condition: String?
    /// For the walk after the plan: the offer of another ground she was at, and the ground.
    public var index: Int?
    public var ground: String?
    /// The provisions she passed (`:over`) in the walk under way, not asked again on resume.
    public var passed: [String]

    public init(
        question: String, entry: Int? = nil, step: String, provision: String? = nil, condition: String? = nil,
        index: Int? = nil, ground: String? = nil, passed: [String] = []
    ) {
        self.question = question
        self.entry = entry
        self.step = step
        self.provision = provision
        self.condition = condition
        self.index = index
        self.ground = ground
        self.passed = passed
    }

    enum CodingKeys: String, CodingKey { case question, entry, step, provision, condition, index, ground, passed }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        question = try container.decode(String.self, forKey: .question)
        entry = try container.decodeIfPresent(Int.self, forKey: .entry)
        step = try container.decode(String.self, forKey: .step)
        provision = try container.decodeIfPresent(String.self, forKey: .provision)
        condition = try container.decodeIfPresent(String.self, forKey: .condition)
        index = try container.decodeIfPresent(Int.self, forKey: .index)
        ground = try container.decodeIfPresent(String.self, forKey: .ground)
        passed = try container.decodeIfPresent([String].self, forKey: .passed) ?? []
    }

    /// Whether two points belong to the same walk: the same question, offer and ground.
    func isSameWalk(as other: ResumePoint) -> Bool {
        question == other.question && index == other.index && ground == other.ground
    }

    /// The question id of the walk the short route offers after its last question.
    public static let endOfRoute = ""
}
