import Foundation
import GPSKit

/// Runs the wizard on a case for `nieuw` and `verder`, and says how to go on when it stops.
struct WizardRun {
    let context: CommandContext
    let locked: LockedCase

    /// `resuming`: a case she comes back to, asked first what came of consulting since an
    /// earlier day.
    func start(_ wizard: Wizard, askTitle: Bool, resuming: Bool = false) throws -> ExitStatus {
        let id = wizard.caseFile.id.rawValue
        let texts = context.texts
        var session = WizardSession(
            wizard: wizard, console: context.terminal, texts: texts, clock: context.now,
            save: locked.saveUninterrupted)
        welcome(wizard)
        ExternalEditor.removeLeftovers()
        let outcome = try Interrupt.whileAsking(say: { texts(.interruptedSaved, ["id": id]) }) {
            if askTitle, let early = try session.askTitle(suggested: wizard.caseFile.title) { return early }
            if resuming, let early = try session.askWhatCameOfConsulting(today: context.today) {
                return early
            }
            return try session.run()
        }
        switch outcome {
        case .finished:
            if wizard.questionnaire.id != QuestionnaireLibrary.defaultRouteID { context.say(.deeperWithFullRoute, ["id": id]) }
        case .stopped: context.say(.stoppedSaved, ["id": id])
        case .endOfInput: context.say(.endOfInputSaved, ["id": id])
        }
        return .success
    }

    private func welcome(_ wizard: Wizard) {
        let questionnaire = wizard.questionnaire
        context.say(.welcome, [
            "route": questionnaire.title.text(in: context.texts.language),
            "count": String(questionnaire.questions.count),
            "id": wizard.caseFile.id.rawValue,
            "path": context.store.url(for: wizard.caseFile.id).path,
        ])
    }
}
