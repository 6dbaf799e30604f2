import Foundation

/// Leads an intervision group through a saved case: shows each step of the case, asks the
/// facilitator's questions from the guide, and saves after every answer. The case owner's own
/// answers are read, never written; everything the group gives goes into one dated session.
public struct IntervisionReplay {
    public enum Outcome: Sendable, Equatable {
        case finished
        /// The facilitator typed `:stop`.
        case stopped
        /// Input ended (Ctrl-D) before the session did.
        case endOfInput
        /// Stopped or ended before anything was given: nothing was saved.
        case nothingGiven
    }

    public private(set) var caseFile: CaseFile
    /// True when this run goes on with a session that was interrupted earlier.
    public let isResuming: Bool
    let route: Questionnaire
    let guide: Questionnaire
    let console: any Console
    let texts: MessageTable
    let clock: @Sendable () -> Date
    let save: (CaseFile) throws(CaseStoreError) -> Void
    var position: Int
    var shownOrientation: Int?

    /// Goes on with the case's unfinished session, or starts a new one dated `day`.
    /// `pseudonymised`: the group sees the case with roles instead of names, as a coach sees the
    /// anonymous export; a resumed session keeps what it was started with.
    public init(
        caseFile: CaseFile, route: Questionnaire, guide: Questionnaire, day: CaseDay, console: any Console,
        texts: MessageTable, clock: @escaping @Sendable () -> Date, pseudonymised: Bool = false,
        save: @escaping (CaseFile) throws(CaseStoreError) -> Void
    ) {
        var caseFile = caseFile
        isResuming = caseFile.unfinishedIntervision != nil
        if !isResuming {
            if let last = caseFile.intervisions.last, !last.finished, last.isEmpty { caseFile.intervisions.removeLast() }
            caseFile.intervisions.append(IntervisionSession(day: day))
        }
        if pseudonymised { caseFile.intervisions[caseFile.intervisions.count - 1].shownPseudonymised = true }
        self.caseFile = caseFile
        self.route = route
        self.guide = guide
        self.console = console
        self.texts = texts
        self.clock = clock
        self.save = save
        let session = caseFile.intervisions[caseFile.intervisions.count - 1]
        position = guide.questions.firstIndex { !session.isSettled($0.id) && !Self.isAskedInRound($0) }
            ?? guide.questions.count
    }

    public var session: IntervisionSession {
        get { caseFile.intervisions[caseFile.intervisions.count - 1] }
        set { caseFile.intervisions[caseFile.intervisions.count - 1] = newValue }
    }

    public mutating func run() throws(CaseStoreError) -> Outcome {
        try start()
        while position < guide.questions.count {
            let question = guide.questions[position]
            if skipsItself(question) {
                session.settle(question.id)
                position += 1
                continue
            }
            showHeader(for: question)
            let result = question.role == .proposalDecision ? try askRound(question) : try ask(question)
            if let outcome = try handle(result, for: question) { return outcome }
        }
        session.finished = true
        caseFile.updated = clock()
        try save(caseFile)
        say(.intervisionFinished, ["id": caseFile.id.rawValue])
        return .finished
    }

    /// The case as the group sees it: with roles instead of names when the session says so.
    /// Only shown, never saved: what the group adds goes into her real case.
    var shownCase: CaseFile {
        guard session.shownPseudonymised == true, let rulebook = try? Rulebook.embedded() else { return caseFile }
        return AnonymousCase(caseFile, questionnaire: route, rulebook: rulebook, messages: texts).caseFile
    }

    private mutating func start() throws(CaseStoreError) {
        let date = RecordDate(texts: texts).long(session.day)
        say(.intervisionWelcome, ["id": caseFile.id.rawValue, "title": shownCase.title, "date": date])
        if isResuming { say(.intervisionResumed, ["date": date]) }
        if DecisionLog(caseFile: caseFile, route: route).current == nil { say(.intervisionNoDecision) }
    }

    /// The argument is asked with each proposal; the whys only after a fundamental question.
    private func skipsItself(_ question: Question) -> Bool {
        Self.isAskedInRound(question) || (question.role == .whys && session.socratic == nil)
    }

    static func isAskedInRound(_ question: Question) -> Bool { question.role == .proposalArgument }

    private mutating func ask(_ question: Question) throws(CaseStoreError) -> QuestionPrompter.Result {
        let prompter = QuestionPrompter(
            console: console, texts: texts, question: question, saved: defaultAnswer(for: question),
            keepDraft: { [clock, save, caseFile] draft throws(CaseStoreError) in
                var copy = caseFile
                copy.intervisions[copy.intervisions.count - 1].record(draft, for: question)
                copy.updated = clock()
                try save(copy)
            })
        if question.role == .participants { return try askParticipants(prompter) }
        return try prompter.ask()
    }

    /// At the owner's decision, Enter keeps the decision that holds now.
    private func defaultAnswer(for question: Question) -> Answer? {
        if let saved = session.saved(for: question) { return saved }
        guard question.role == .decision, let current = DecisionLog(caseFile: caseFile, route: route).current
        else { return nil }
        return .text(current.decision)
    }

    private mutating func handle(_ result: QuestionPrompter.Result, for question: Question) throws(CaseStoreError)
        -> Outcome?
    {
        switch result {
        case .answer(let answer):
            session.record(answer, for: question)
            settle(question)
        case .empty:
            if question.optional {
                session.record(nil, for: question)
                settle(question)
            } else {
                say(.answerNeeded)
            }
        case .command(.back, let partial):
            keep(partial, for: question)
            goBack()
        case .command(.skip, let partial):
            if question.optional || question.role == .proposalDecision {
                if question.role != .proposalDecision { session.record(nil, for: question) }
                settle(question)
            } else {
                keep(partial, for: question)
                say(.cannotSkip)
            }
        case .command(.stop, let partial):
            keep(partial, for: question)
            return try finish(.stopped)
        case .endOfInput(let partial):
            keep(partial, for: question)
            return try finish(.endOfInput)
        }
        try saveUnlessEmpty()
        return nil
    }

    private mutating func finish(_ outcome: Outcome) throws(CaseStoreError) -> Outcome {
        guard !session.isEmpty else { return .nothingGiven }
        try saveUnlessEmpty()
        return outcome
    }

    /// A session in which nothing was given is not written: `verder` would open it afterwards.
    private mutating func saveUnlessEmpty() throws(CaseStoreError) {
        guard !session.isEmpty else { return }
        caseFile.updated = clock()
        try save(caseFile)
    }

    private mutating func settle(_ question: Question) {
        session.settle(question.id)
        if question.role == .proposalDecision {
            for argument in guide.questions where Self.isAskedInRound(argument) { session.settle(argument.id) }
        }
        position += 1
    }

    private mutating func keep(_ partial: Answer?, for question: Question) {
        if let partial { session.record(partial, for: question) }
    }

    private mutating func goBack() {
        var target = position - 1
        while target >= 0, skipsItself(guide.questions[target]) { target -= 1 }
        guard target >= 0 else { return say(.alreadyAtFirst) }
        position = target
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        console.write(texts(key, arguments) + "\n")
    }
}
