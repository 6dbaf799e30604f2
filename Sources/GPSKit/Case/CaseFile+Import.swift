import Foundation

extension CaseFile {
    /// A new case filled from an answers file, checked against its route.
    public static func importing(
        _ file: AnswersFile, route questionnaire: Questionnaire, id: CaseID, title: String, date: CaseDay, now: Date
    ) throws(AnswersFileError) -> CaseFile {
        let checked = try file.answers(for: questionnaire)
        let tooMuch = InputLimits.problems(in: checked.answers)
        guard tooMuch.isEmpty else { throw AnswersFileError(file: file.name, problems: tooMuch) }
        var caseFile = CaseFile(id: id, title: title, route: questionnaire.id, date: date, now: now)
        caseFile.answers = checked.answers
        caseFile.skipped = checked.skipped
        caseFile.ecograms = try file.earlierEcograms(for: questionnaire, before: date)
        caseFile.recordEcogram(on: date)
        return caseFile
    }
}
