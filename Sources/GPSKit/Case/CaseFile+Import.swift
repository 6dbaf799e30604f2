import Foundation

extension CaseFile {
    /// A new case filled from an answers file, checked against its route.
    public static func importing(
        _ file: AnswersFile, route questionnaire: Questionnaire, id: CaseID, title: String, date: CaseDay, now: Date
    ) throws(AnswersFileError) -> CaseFile {
        let checked = try file.answers(for: questionnaire)
        var caseFile = CaseFile(id: id, title: title, route: questionnaire.id, date: date, now: now)
        caseFile.answers = checked.answers
        caseFile.skipped = checked.skipped
        caseFile.ecograms = try file.earlierEcograms(for: questionnaire, before: date)
        caseFile.recordEcogram(on: date)
        if !file.rawConditions.isEmpty {
            // The embedded rulebook always loads (its tests prove it); without it nothing can be checked.
            guard let rulebook = try? Rulebook.embedded() else {
                throw AnswersFileError(file: file.name, problems: file.rawConditions.keys.sorted().map(AnswersFileProblem.unknownProvision))
            }
            let scanner = ReferenceScanner(rulebook: rulebook)
            let law = CitedLaw(caseFile: caseFile, questionnaire: questionnaire, scanner: scanner)
            caseFile.conditionJudgments = try file.conditionJudgments(
                allowed: law.provisionIDs + caseFile.groundProvisions(questionnaire: questionnaire),
                normsQuestion: questionnaire.question(withRole: .norms)?.id, rulebook: rulebook, scanner: scanner)
        }
        return caseFile
    }

    /// The provisions the steps of the action plan rest on, in plan order, each once.
    func groundProvisions(questionnaire: Questionnaire, catalogue: GroundCatalogue = .embedded) -> [String] {
        guard let id = questionnaire.question(withRole: .actionPlan)?.id, case .actions(let items) = answers[id] else { return [] }
        var ids: [String] = []
        for provision in items.compactMap({ $0.ground.flatMap(catalogue.ground)?.provision }) where !ids.contains(provision) {
            ids.append(provision)
        }
        return ids
    }
}
