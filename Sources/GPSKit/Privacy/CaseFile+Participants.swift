extension CaseFile {
    /// The intervision sessions with each colleague named as the pseudonymiser names them,
    /// "deelnemer 1", "deelnemer 2", … in the order they were first listed, and no
    /// facilitator's name: a coach's export names no one.
    func withNumberedParticipants(_ pseudonymiser: Pseudonymiser) -> CaseFile {
        var copy = self
        copy.intervisions = intervisions.map { session in
            var session = session
            session.participants = session.participants.map(pseudonymiser.pseudonym(forColleague:))
            session.proposals = session.proposals.map { proposal in
                var proposal = proposal
                proposal.participant = pseudonymiser.pseudonym(forColleague: proposal.participant)
                return proposal
            }
            session.facilitator = nil
            return session
        }
        return copy
    }
}
