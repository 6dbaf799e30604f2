/// How a question is answered, which decides how it is asked, stored and rendered.
public enum QuestionKind: String, Codable, Sendable, CaseIterable {
    /// One line of text.
    case text
    /// Several lines, ended by an empty line.
    case multiline
    /// One item per line, ended by an empty line.
    case list
    /// One or more of the listed choices.
    case choice
    /// Yes or no.
    case yesNo = "yesno"
    /// People and services around the client: name, relation, interest, expectation.
    case stakeholders
    /// The action plan: what, who, by when, review date, with whom it shares information.
    case actions
}

/// What an answer means beyond its text. The record and the checks find answers by role,
/// so a route may phrase or order its questions freely.
public enum QuestionRole: String, Codable, Sendable, CaseIterable {
    case keyQuestion
    case consultation
    case facts
    case suspicions
    case stakeholders
    case norms
    case values
    case decision
    case actionPlan
    case familyInformed
    /// Yes when someone is in acute, serious danger now (method R8).
    case acuteDanger
    /// The decisive arguments (O1), read by the check on reasons (R7).
    case arguments
    /// What the family asks of her (B9), read by the check on own initiative (R11).
    case familyRequest
    /// Intervision only: who leads the session.
    case facilitator
    /// Intervision only: the colleagues taking part (names, initials, or a number).
    case participants
    /// Intervision only: asked of each participant in turn, with `{name}` in the prompt.
    case proposalDecision
    case proposalArgument
    /// Intervision only: the Socratic dialogue's fundamental question and its whys (D5).
    case fundamentalQuestion
    case whys
    /// Intervision only: the argument behind the case owner's final decision (role `decision`).
    case decisiveArgument
    /// Whom she actually consulted and what came of it (K4, asked again on resume).
    case consulted
    /// The other ways she weighed, and why not (O3).
    case alternatives
    /// The cost she accepts with her decision (O4).
    case acceptedCost
}
