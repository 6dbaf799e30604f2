extension CaseFile {
    /// The intervision sessions with each colleague named "deelnemer 1", "deelnemer 2", … in
    /// the order they were listed, and no facilitator's name: a coach's export names no one.
    func withNumberedParticipants(messages: MessageTable) -> CaseFile {
        var copy = self
        copy.intervisions = intervisions.map { session in
            var session = session
            let numbered = Dictionary(
                session.participants.enumerated().map { ($1, messages(.intervisionNumberedParticipant, ["n": String($0 + 1)])) },
                uniquingKeysWith: { first, _ in first })
            session.participants = session.participants.map { numbered[$0] ?? $0 }
            session.proposals = session.proposals.map { proposal in
                var proposal = proposal
                proposal.participant = numbered[proposal.participant] ?? proposal.participant
                return proposal
            }
            session.facilitator = nil
            return session
        }
        return copy
    }
}
