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

    enum Result: Equatable {
        case answer(Answer)
        /// She gave nothing (an empty line and no earlier answer).
        case empty
        /// A command; `partial` holds what she typed for this question before it.
        case command(WizardCommand, partial: Answer?)
        case endOfInput(partial: Answer?)
    }

    typealias Reply = ConsoleReply

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
    func nextLine(_ marker: String = "> ") -> Reply {
        console.reply(marker: marker, texts: texts) { texts(.helpHeading) + "\n" + question.help.text(in: texts.language) }
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
