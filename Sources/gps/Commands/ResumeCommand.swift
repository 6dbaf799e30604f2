import GPSKit

/// `gps verder ID [--vanaf VRAAG] [--volledig]`: goes on where she stopped, or from a question she
/// names; `--volledig` moves a short-route case onto the full route, keeping every answer.
/// A case whose last intervision was interrupted goes on with that intervision.
struct ResumeCommand {
    let context: CommandContext
    let invocation: Invocation

    /// Ends, however it ends, with a word about identifiers in what she typed.
    func run() throws -> ExitStatus {
        let locked = try context.store.open(invocation.arguments[0], now: context.now())
        let status = try resume(locked)
        if let saved = try? locked.load() { context.warnAboutIdentifiers(in: saved) }
        return status
    }

    private func resume(_ locked: LockedCase) throws -> ExitStatus {
        var caseFile = try locked.load()
        if caseFile.unfinishedIntervision != nil, invocation.value(.from) == nil, !invocation.has(.full) {
            return try IntervisionRun(context: context, locked: locked).start(caseFile)
        }
        if invocation.has(.full), caseFile.route != QuestionnaireLibrary.defaultRouteID {
            caseFile.route = QuestionnaireLibrary.defaultRouteID
            caseFile.updated = context.now()
            try locked.save(caseFile)
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
        return try WizardRun(context: context, locked: locked).start(wizard, askTitle: false, resuming: true)
    }
}
