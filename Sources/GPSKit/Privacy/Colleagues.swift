/// The colleagues of a case's intervisions: participants in the order they were first listed,
/// over all sessions, and the facilitators. The same colleague keeps one number in every session.
public struct Colleagues: Sendable, Equatable {
    public var participants: [String]
    public var facilitators: [String]

    public init(participants: [String] = [], facilitators: [String] = []) {
        self.participants = participants
        self.facilitators = facilitators
    }

    public init(_ file: CaseFile) {
        var participants: [String] = []
        var facilitators: [String] = []
        for session in file.intervisions {
            for name in session.participants + session.proposals.map(\.participant) where !participants.contains(name) {
                participants.append(name)
            }
            if let facilitator = session.facilitator, !facilitators.contains(facilitator) { facilitators.append(facilitator) }
        }
        self.init(participants: participants, facilitators: facilitators.filter { !participants.contains($0) })
    }

    /// Each name with the pseudonym it gets: "deelnemer 1", …, then "begeleider".
    func pseudonyms(messages: MessageTable) -> [(name: String, pseudonym: String)] {
        participants.enumerated().map { ($1, messages(.intervisionNumberedParticipant, ["n": String($0 + 1)])) }
            + facilitators.map { ($0, messages(.privacyPseudonymFacilitator)) }
    }
}
