import Foundation
import GPSKit

/// The lines she would type in the wizard to give `answers`, question by question: the way
/// each kind is asked (a multiline text ends with an empty line, each stakeholder is followed
/// by its ecogram questions, and so on).
enum WizardScript {
    static func lines(for question: Question, in caseFile: CaseFile) -> [String] {
        if caseFile.skipped.contains(question.id) { return [":over"] }
        guard let answer = caseFile.answers[question.id] else { return [":over"] }
        switch answer {
        case .text(let text) where question.kind == .multiline: return text.components(separatedBy: "\n") + [""]
        case .text(let text): return [text]
        case .list(let items): return items + [""] + conditionLines(for: question, in: caseFile)
        case .choice(let choice): return [(choice.selected + choice.other).joined(separator: ", ")]
        case .yesNo(let value): return [value ? "ja" : "nee"]
        case .stakeholders(let people): return people.flatMap(lines(for:)) + [""]
        case .actions(let items):
            let names = caseFile.stakeholders.map(\.name)
            return items.flatMap { item in
                let shared = item.sharesWith.compactMap { name in names.firstIndex(of: name).map { String($0 + 1) } }
                return [item.what, item.who, item.due, item.review?.description ?? ""] + (names.isEmpty ? [] : [shared.joined(separator: ", ")])
            } + [""]
        }
    }

    /// After the norms question the wizard walks the conditions of each provision it names:
    /// a judgment and a why per condition; `:over` passes a provision at its first unjudged one.
    static func conditionLines(for question: Question, in caseFile: CaseFile) -> [String] {
        guard question.role == .norms, case .list(let items) = caseFile.answers[question.id],
            let rulebook = try? Rulebook.embedded()
        else { return [] }
        return CitedLaw(items, rulebook: rulebook).named.flatMap { named -> [String] in
            var lines: [String] = []
            for condition in named.provision.conditions where condition.isJudged {
                guard let given = caseFile.conditionJudgments[named.provision.id]?[condition.id] else { return lines + [":over"] }
                lines += [given.judgment == .yes ? "ja" : given.judgment == .no ? "nee" : "weet niet", given.why]
            }
            return lines
        }
    }

    static func lines(for person: Stakeholder) -> [String] {
        var lines = [person.name, person.relation, person.interest, person.expects]
        lines.append(number(of: person.category, in: StakeholderCategory.allCases))
        if person.category == .client { return lines }
        lines.append(number(of: person.tie, in: Tie.allCases))
        lines.append(number(of: person.support, in: SupportDirection.allCases))
        if person.hasHelpContext { lines.append(person.context.map { number(of: $0, in: HelpContext.allCases) } ?? "") }
        if person.isOutsideTheFamily { lines.append(person.familyKnows.map { $0 ? "ja" : "nee" } ?? "") }
        return lines
    }

    private static func number<T: Equatable>(of value: T, in all: [T]) -> String {
        String(all.firstIndex(of: value)! + 1)
    }

    /// An Examples case as the full route's questions, each with the lines that answer it.
    static func example(_ name: String) throws -> (questionnaire: Questionnaire, caseFile: CaseFile, title: String) {
        let url = FaultGPS.packageRoot.appending(path: "Examples/\(name)/antwoorden.json")
        let file = try AnswersFile(text: String(contentsOf: url, encoding: .utf8), name: url.path)
        let library = try QuestionnaireLibrary.embedded()
        let questionnaire = try require(library.questionnaire(withID: file.route ?? QuestionnaireLibrary.defaultRouteID))
        let day = file.date ?? CaseDay(parsing: "2026-11-17")!
        let caseFile = try CaseFile.importing(
            file, route: questionnaire, id: CaseID("2026-11-17-abc")!, title: file.title ?? "x", date: day,
            now: Date(timeIntervalSince1970: 0))
        return (questionnaire, typedInWizard(caseFile), file.title ?? "x")
    }

    /// The wizard stores its defaults where the answers file left a field out: Enter at
    /// "help context" means voluntary, at "does the family know" yes.
    private static func typedInWizard(_ caseFile: CaseFile) -> CaseFile {
        var caseFile = caseFile
        for (id, answer) in caseFile.answers {
            guard case .stakeholders(var people) = answer else { continue }
            for index in people.indices {
                if people[index].hasHelpContext { people[index].context = people[index].context ?? .voluntary }
                if people[index].isOutsideTheFamily { people[index].familyKnows = people[index].familyKnows ?? true }
            }
            caseFile.answers[id] = .stakeholders(people)
        }
        return caseFile
    }
}

struct MissingValue: Error {}

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingValue() }
    return value
}
