/// One intervision of a case: a group replays it, adds what the owner missed, each participant
/// proposes a decision, and the owner decides again. Kept beside the owner's own answers,
/// never mixed into them.
public struct IntervisionSession: Codable, Sendable, Equatable {
    /// The day the group met; it labels everything the group added.
    public var day: CaseDay
    public var facilitator: String?
    public var participants: [String]
    /// The group's additions, by question id of the intervision guide.
    public var additions: [String: [String]]
    /// Every participant's proposal, in the order they spoke: the alternatives, not only a winner.
    public var proposals: [Proposal]
    public var socratic: SocraticDialogue?
    /// What the case owner decided at the end; it supersedes her earlier decision.
    public var ownerDecision: OwnerDecision?
    /// Guide questions answered or passed, so an interrupted session goes on where it stopped.
    public var settled: [String]
    public var finished: Bool
    /// True when the group is shown the case with roles instead of names (`--anoniem`); kept so
    /// a resumed session shows it the same way. Absent in files written before it existed.
    public var shownPseudonymised: Bool?

    public init(day: CaseDay) {
        self.day = day
        facilitator = nil
        participants = []
        additions = [:]
        proposals = []
        socratic = nil
        ownerDecision = nil
        settled = []
        finished = false
    }

    public func isSettled(_ questionID: String) -> Bool { settled.contains(questionID) }

    /// Nothing given yet, not even a question passed: such a session is never saved.
    public var isEmpty: Bool {
        facilitator == nil && participants.isEmpty && additions.isEmpty && proposals.isEmpty && socratic == nil
            && ownerDecision == nil && settled.isEmpty
    }

    mutating func settle(_ questionID: String) {
        if !settled.contains(questionID) { settled.append(questionID) }
    }

    mutating func unsettle(_ questionID: String) {
        settled.removeAll { $0 == questionID }
    }

    public func proposal(of participant: String) -> Proposal? {
        proposals.first { $0.participant == participant }
    }
}

/// What one participant would decide, and the argument that decides it for them.
public struct Proposal: Codable, Sendable, Equatable {
    public var participant: String
    public var decision: String
    public var argument: String

    public init(participant: String, decision: String, argument: String) {
        self.participant = participant
        self.decision = decision
        self.argument = argument
    }
}

/// The Socratic part (D5): one fundamental question tied to the incident, and the whys.
public struct SocraticDialogue: Codable, Sendable, Equatable {
    public var question: String
    public var whys: [String]

    public init(question: String, whys: [String] = []) {
        self.question = question
        self.whys = whys
    }
}

/// The case owner's decision after the intervision.
public struct OwnerDecision: Codable, Sendable, Equatable {
    public var decision: String
    public var argument: String

    public init(decision: String, argument: String) {
        self.decision = decision
        self.argument = argument
    }
}
