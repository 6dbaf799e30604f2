import GPSKit

/// `gps verder ID [--vanaf VRAAG] [--volledig]`: goes on where she stopped, or from a question she
/// names; `--volledig` moves a short-route case onto the full route, keeping every answer.
/// A case whose last intervision was interrupted goes on with that intervision.
struct ResumeCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let lock = try context.lock(invocation.arguments[0])
        defer { withExtendedLifetime(lock) {} }
        var caseFile = try context.store.load(invocation.arguments[0])
        if caseFile.unfinishedIntervision != nil, invocation.value(.from) == nil, !invocation.has(.full) {
            return try IntervisionRun(context: context).start(caseFile)
        }
        if invocation.has(.full), caseFile.route != QuestionnaireLibrary.defaultRouteID {
            caseFile.route = QuestionnaireLibrary.defaultRouteID
            caseFile.updated = context.now()
            try context.store.save(caseFile)
        }
        var wizard = Wizard(questionnaire: try context.route(caseFile.route), caseFile: caseFile)
        if let from = invocation.value(.from) {
            guard wizard.move(to: from) else {
                throw UsageError.unknownQuestion(from, command: .resume)
            }
        } else if wizard.isFinished, !wizard.questionnaire.brief || !WizardSession.hasWalkLeft(wizard) {
            context.say(.caseAlreadyFinished, ["id": caseFile.id.rawValue])
            return .success
        }
        return try WizardRun(context: context).start(wizard, askTitle: false, resuming: true)
    }
}
