/// Asks one question on a console in the way its kind needs, and hands back what she gave.
/// Everything typed so far goes to `keepDraft` as she types, so a stop or a crash loses nothing.
struct QuestionPrompter {
    let console: any Console
    let texts: MessageTable
    let question: Question
    /// Her earlier answer or draft, offered as the default.
    let saved: Answer?
    let keepDraft: (Answer) throws(CaseStoreError) -> Void
    /// What the case says so far: the people offered by number in a step, the facts and the
    /// danger the proposals are read from.
    var known = CaseSoFar()
    /// The short route: answers on one line, people and steps one line each.
    var brief = false
    /// The sub-prompt to open at, when she stopped inside this question last time.
    var resume: ResumePoint?
    /// Saves a half-answer with the sub-prompt she is at; the wizard's, where a question can be
    /// resumed inside (nil elsewhere: `keepDraft` is used).
    var keepAt: ((Answer, ResumePoint?) throws(CaseStoreError) -> Void)?

    enum Result: Equatable {
        case answer(Answer)
        /// She gave nothing (an empty line and no earlier answer).
        case empty
        /// A command; `partial` holds what she typed for this question before it.
        case command(WizardCommand, partial: Answer?)
        case endOfInput(partial: Answer?)
    }

    typealias Reply = ConsoleReply

    /// Saves what she gave so far, and where she is: `step` of `entry`, or nowhere in particular.
    func keep(_ answer: Answer, step: String? = nil, entry: Int? = nil) throws(CaseStoreError) {
        guard let keepAt else { return try keepDraft(answer) }
        try keepAt(answer, step.map { ResumePoint(question: question.id, entry: entry, step: $0) })
    }

    /// Whether this question opens at `step` (of some entry) because she stopped there.
    func resumes(at steps: Set<String>) -> Bool { resume.map { steps.contains($0.step) } ?? false }

    func ask() throws(CaseStoreError) -> Result {
        switch question.kind {
        case .text: askText()
        case .multiline: brief ? askText() : try askMultiline()
        case .list: try askList()
        case .choice: askChoice()
        case .yesNo: askYesNo()
        case .stakeholders: brief ? try askStakeholdersBriefly() : try askStakeholders()
        case .actions: brief ? try askActionsBriefly() : try askActions()
        }
    }

    /// Reads one line; `?` shows the help and an unknown command a hint, then it reads again.
    func nextLine(_ marker: String = "> ", editable: (() -> String)? = nil) -> Reply {
        console.reply(marker: marker, texts: texts, editable: editable) {
            texts(.helpHeading) + "\n" + question.help.text(in: texts.language)
        }
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        console.write(texts(key, arguments) + "\n")
    }

    /// An answer, or `.empty` when there is nothing in it.
    func answerOrEmpty(_ answer: Answer) -> Result {
        answer.isEmpty ? .empty : .answer(answer)
    }

    /// Turns a command or end of input into a result that keeps the partial answer.
    func interrupted(by reply: Reply, partial: Answer?) -> Result {
        switch reply {
        case .command(let command): .command(command, partial: partial)
        default: .endOfInput(partial: partial)
        }
    }
}
