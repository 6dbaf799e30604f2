import Foundation
import GPSKit

/// `gps nieuw`: a new case, filled in by the wizard or from an answers file.
struct NewCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        if let path = invocation.value(.answers) { return try importAnswers(from: path) }
        let questionnaire = try context.route(routeID(fromFile: nil))
        let today = context.today
        let title = invocation.value(.title) ?? context.texts(.defaultTitle, ["date": today.description])
        let locked = try reserveCase(on: today)
        let caseFile = CaseFile(id: locked.id, title: title, route: questionnaire.id, date: today, now: context.now())
        try locked.save(caseFile)
        let wizard = Wizard(questionnaire: questionnaire, caseFile: caseFile)
        let status = try WizardRun(context: context, locked: locked).start(wizard, askTitle: invocation.value(.title) == nil)
        if let saved = try? locked.load() { context.warnAboutIdentifiers(in: saved) }
        return status
    }

    /// Prints the new case's id on standard output (for scripts) and the rest on standard error.
    private func importAnswers(from path: String) throws -> ExitStatus {
        let data = try InputFile.read(path, limit: InputLimits.answersFileBytes)
        let file = try AnswersFile(data: data, name: path)
        let questionnaire = try context.route(routeID(fromFile: file.route))
        let date = file.date ?? context.today
        let title = invocation.value(.title) ?? file.title ?? context.texts(.defaultTitle, ["date": date.description])
        // Checked under a provisional id first, so a file with problems leaves nothing on disk.
        var generator = SystemRandomNumberGenerator()
        var caseFile = try CaseFile.importing(
            file, route: questionnaire, id: CaseID.make(on: date, using: &generator), title: title, date: date,
            now: context.now())
        let locked = try reserveCase(on: date)
        caseFile.id = locked.id
        try locked.save(caseFile)
        context.terminal.write(caseFile.id.rawValue + "\n")
        let open = questionnaire.openQuestions(in: caseFile).count
        context.note(.answersImported, [
            "id": caseFile.id.rawValue, "answered": String(caseFile.answers.count), "open": String(open),
        ])
        context.warnAboutIdentifiers(in: caseFile)
        return .success
    }

    /// `--kort` wins over the file's route, which wins over the full route.
    private func routeID(fromFile fileRoute: String?) -> String {
        if invocation.has(.short) { return QuestionnaireLibrary.shortRouteID }
        return fileRoute ?? QuestionnaireLibrary.defaultRouteID
    }

    /// A new id no other case or process has, locked for this one.
    private func reserveCase(on day: CaseDay) throws -> LockedCase {
        var generator = SystemRandomNumberGenerator()
        return try context.store.create(on: day, now: context.now(), using: &generator)
    }
}
