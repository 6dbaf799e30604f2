/// The group's own turns: who takes part, and the round in which each says what they would
/// decide and why. Every proposal is saved as soon as it is complete.
extension IntervisionReplay {
    /// Names one per line or several separated by commas, or a number for anonymous
    /// participants. A duplicate or empty name is refused and asked again; nothing is lost.
    func askParticipants(_ prompter: QuestionPrompter) throws(CaseStoreError) -> QuestionPrompter.Result {
        var names = session.participants
        say(.intervisionParticipantsHint)
        prompter.showNumbered(names)
        while true {
            switch prompter.nextLine() {
            case .text(let line) where line.isEmpty:
                if !names.isEmpty { return .answer(.list(names)) }
                say(.intervisionNoParticipants)
            case .text(let line):
                if names.isEmpty, let numbered = ParticipantList.numbered(line, texts: texts) {
                    return .answer(.list(numbered))
                }
                if let index = prompter.removalIndex(line, count: names.count) {
                    say(.itemRemoved, ["item": names.remove(at: index)])
                } else {
                    switch ParticipantList.adding(line, to: names) {
                    case .success(let more): names = prompter.limited(more)
                    case .failure(.emptyName): say(.intervisionEmptyName)
                    case .failure(.duplicate(let name)): say(.intervisionDuplicateParticipant, ["name": name])
                    }
                }
                try prompter.keepDraft(.list(names))
                if prompter.isFull(names.count) { return .answer(.list(names)) }
            case let reply:
                return prompter.interrupted(by: reply, partial: names.isEmpty ? nil : .list(names))
            }
        }
    }

    /// Each participant in turn, from the first without a complete proposal (or from the first
    /// of all when the round is asked again after `:terug`). `:over` ends the round.
    mutating func askRound(_ decisionQuestion: Question) throws(CaseStoreError) -> QuestionPrompter.Result {
        let argumentQuestion = guide.questions.first(where: Self.isAskedInRound)
        let people = session.participants
        let start = people.firstIndex { session.proposal(of: $0)?.argument.isEmpty ?? true } ?? 0
        say(.intervisionRoundIntro)
        for (offset, name) in people.enumerated().dropFirst(start) {
            say(.intervisionTurn, ["n": String(offset + 1), "of": String(people.count), "name": name])
            let earlier = session.proposal(of: name)
            let decision: String
            switch try askTurn(decisionQuestion, name: name, saved: earlier?.decision, required: true) {
            case .success(let text): decision = text
            case .failure(let stop): return stop.result
            }
            session.propose(Proposal(participant: name, decision: decision, argument: earlier?.argument ?? ""))
            try save(caseFile)
            guard let argumentQuestion else { continue }
            switch try askTurn(argumentQuestion, name: name, saved: earlier?.argument, required: false) {
            case .success(let text):
                session.propose(Proposal(participant: name, decision: decision, argument: text))
                try save(caseFile)
            case .failure(let stop): return stop.result
            }
        }
        return .answer(.list(people))
    }

    struct TurnInterrupted: Error {
        let result: QuestionPrompter.Result
    }

    /// One line for one participant; the question's prompt and help name them.
    private func askTurn(_ question: Question, name: String, saved: String?, required: Bool)
        throws(CaseStoreError) -> Result<String, TurnInterrupted>
    {
        let personal = Self.personal(question, name: name)
        let prompter = QuestionPrompter(
            console: console, texts: texts, question: personal, saved: saved.flatMap { $0.isEmpty ? nil : .text($0) },
            keepDraft: { _ throws(CaseStoreError) in })
        while true {
            console.write(personal.prompt.text(in: texts.language) + "\n")
            switch try prompter.ask() {
            case .answer(let answer): return .success(IntervisionSession.plainText(answer))
            case .empty where !required: return .success("")
            case .empty: say(.intervisionDecisionNeeded, ["name": name])
            case let other: return .failure(TurnInterrupted(result: other))
            }
        }
    }

    static func personal(_ question: Question, name: String) -> Question {
        var personal = question
        personal.prompt = LocalizedText(
            nl: MessageTable.fill(question.prompt.nl, with: ["name": name]),
            en: MessageTable.fill(question.prompt.en, with: ["name": name]))
        return personal
    }
}
