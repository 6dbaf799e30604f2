/// The case owner's decisions in the order she took them: the one in her case, then each one
/// after an intervision. A later decision supersedes the one before it; all of them are kept.
public struct DecisionLog: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var day: CaseDay
        public var decision: String
        public var argument: String
        /// Index into `CaseFile.intervisions`, or nil for the decision in her own answers.
        public var intervision: Int?
    }

    public let entries: [Entry]

    public init(caseFile: CaseFile, route: Questionnaire) {
        var entries: [Entry] = []
        if let question = route.question(withRole: .decision), let answer = caseFile.answers[question.id] {
            let text = IntervisionSession.plainText(answer)
            if !text.isEmpty { entries.append(Entry(day: caseFile.date, decision: text, argument: "", intervision: nil)) }
        }
        for (index, session) in caseFile.intervisions.enumerated() {
            guard let owner = session.ownerDecision, !owner.decision.allSatisfy(\.isWhitespace) else { continue }
            entries.append(Entry(day: session.day, decision: owner.decision, argument: owner.argument, intervision: index))
        }
        self.entries = entries
    }

    /// The decision that holds now, if she took one.
    public var current: Entry? { entries.last }

    /// The entry that superseded `entries[index]`, if any.
    public func successor(of index: Int) -> Entry? {
        entries.indices.contains(index + 1) ? entries[index + 1] : nil
    }

    /// The entry `entries[index]` superseded, if any.
    public func predecessor(of index: Int) -> Entry? {
        index > 0 && entries.indices.contains(index - 1) ? entries[index - 1] : nil
    }
}

extension CaseFile {
    /// The intervision that was interrupted and can go on, if the last one is unfinished and
    /// holds something (an earlier GPS saved sessions in which nothing was given).
    public var unfinishedIntervision: IntervisionSession? {
        guard let last = intervisions.last, !last.finished, !last.isEmpty else { return nil }
        return last
    }
}
