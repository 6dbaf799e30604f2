import Foundation
import GPSKit

/// `gps nieuw`: a new case, filled in by the wizard or from an answers file.
struct NewCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        if let path = invocation.value(.answers) { return try importAnswers(from: path) }
        let questionnaire = try context.route(routeID(fromFile: nil))
        let today = CaseDay(context.now(), in: .current)
        let title = invocation.value(.title) ?? context.texts(.defaultTitle, ["date": today.description])
        let caseFile = CaseFile(id: freshID(on: today), title: title, route: questionnaire.id, date: today, now: context.now())
        let lock = try CaseLock.acquire(caseFile.id, in: context.store, now: context.now())
        defer { withExtendedLifetime(lock) {} }
        try context.store.save(caseFile)
        let wizard = Wizard(questionnaire: questionnaire, caseFile: caseFile)
        return try WizardRun(context: context).start(wizard, askTitle: invocation.value(.title) == nil)
    }

    /// Prints the new case's id on standard output (for scripts) and the rest on standard error.
    private func importAnswers(from path: String) throws -> ExitStatus {
        let data = try InputFile.read(path, limit: InputLimits.answersFileBytes)
        let file = try AnswersFile(data: data, name: path)
        let questionnaire = try context.route(routeID(fromFile: file.route))
        let date = file.date ?? CaseDay(context.now(), in: .current)
        let title = invocation.value(.title) ?? file.title ?? context.texts(.defaultTitle, ["date": date.description])
        let caseFile = try CaseFile.importing(
            file, route: questionnaire, id: freshID(on: date), title: title, date: date, now: context.now())
        try context.store.save(caseFile)
        context.terminal.write(caseFile.id.rawValue + "\n")
        let open = questionnaire.openQuestions(in: caseFile).count
        context.note(.answersImported, [
            "id": caseFile.id.rawValue, "answered": String(caseFile.answers.count), "open": String(open),
        ])
        return .success
    }

    /// `--kort` wins over the file's route, which wins over the full route.
    private func routeID(fromFile fileRoute: String?) -> String {
        if invocation.has(.short) { return QuestionnaireLibrary.shortRouteID }
        return fileRoute ?? QuestionnaireLibrary.defaultRouteID
    }

    private func freshID(on day: CaseDay) -> CaseID {
        var generator = SystemRandomNumberGenerator()
        return context.store.freshID(on: day, using: &generator)
    }
}
