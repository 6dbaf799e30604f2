extension IntervisionSession {
    /// Puts what the group gave for one guide question where it belongs. Nil or an empty
    /// answer clears it. It never touches the case owner's own answers.
    mutating func record(_ answer: Answer?, for question: Question) {
        let text = answer.map(Self.plainText) ?? ""
        let items = answer.map(Self.items) ?? []
        switch question.role {
        case .facilitator:
            facilitator = text.isEmpty ? nil : text
        case .participants:
            participants = items
        case .fundamentalQuestion:
            socratic = text.isEmpty ? nil : SocraticDialogue(question: text, whys: socratic?.whys ?? [])
        case .whys:
            socratic?.whys = items
        case .decisiveArgument:
            setOwner(decision: ownerDecision?.decision ?? "", argument: text)
        case .decision:
            setOwner(decision: text, argument: ownerDecision?.argument ?? "")
        case .proposalDecision, .proposalArgument:
            break
        default:
            additions[question.id] = items.isEmpty ? nil : items
        }
    }

    private mutating func setOwner(decision: String, argument: String) {
        let empty = decision.allSatisfy(\.isWhitespace) && argument.allSatisfy(\.isWhitespace)
        ownerDecision = empty ? nil : OwnerDecision(decision: decision, argument: argument)
    }

    /// What was given before for a guide question, offered again as the default.
    func saved(for question: Question) -> Answer? {
        switch question.role {
        case .facilitator: facilitator.map(Answer.text)
        case .participants: participants.isEmpty ? nil : .list(participants)
        case .fundamentalQuestion: socratic.map { .text($0.question) }
        case .whys: socratic.flatMap { $0.whys.isEmpty ? nil : .list($0.whys) }
        case .decisiveArgument: ownerDecision.flatMap { $0.argument.isEmpty ? nil : .text($0.argument) }
        case .decision: ownerDecision.flatMap { $0.decision.isEmpty ? nil : .text($0.decision) }
        case .proposalDecision, .proposalArgument: nil
        default: additions[question.id].map { question.kind == .list ? .list($0) : .text($0.joined(separator: "\n")) }
        }
    }

    /// Upserts one participant's proposal, keeping the order in which they spoke.
    mutating func propose(_ proposal: Proposal) {
        if let index = proposals.firstIndex(where: { $0.participant == proposal.participant }) {
            proposals[index] = proposal
        } else {
            proposals.append(proposal)
        }
    }

    static func plainText(_ answer: Answer) -> String {
        items(answer).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func items(_ answer: Answer) -> [String] {
        switch answer {
        case .text(let text): text.allSatisfy(\.isWhitespace) ? [] : [text]
        case .list(let items): items.filter { !$0.allSatisfy(\.isWhitespace) }
        default: []
        }
    }
}
