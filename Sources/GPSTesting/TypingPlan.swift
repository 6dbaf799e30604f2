import Foundation
import GPSKit

/// The lines she would type in the wizard to give an answers file's answers, question by
/// question: the way each kind is asked (a multiline text ends with an empty line, each
/// stakeholder is followed by its ecogram questions, the list by who confided and who asked for
/// silence, each step by with whom, who learns something and on what ground, the plan by the
/// walk of its grounds; on the short route one line each). The fault tests type it into the
/// real binary; `Scripts/route-cost.sh` measures what it costs her.
public enum TypingPlan {
    /// Every line of a whole route, title first, only the questions that apply; the short
    /// route's walk offer at the end is declined ("later").
    public static func allLines(of example: (questionnaire: Questionnaire, caseFile: CaseFile, title: String)) -> [String] {
        let route = example.questionnaire
        let questions = route.questions.filter { $0.applies(to: example.caseFile) }
        return [example.title] + questions.flatMap { lines(for: $0, in: example.caseFile, brief: route.brief) } + (route.brief ? [""] : [])
    }

    public static func lines(for question: Question, in caseFile: CaseFile, brief: Bool = false) -> [String] {
        if caseFile.skipped.contains(question.id) { return [":over"] }
        guard let answer = caseFile.answers[question.id] else { return [":over"] }
        if brief { return briefLines(answer, question: question, in: caseFile) }
        switch answer {
        case .text(let text) where question.kind == .multiline: return text.components(separatedBy: "\n") + [""]
        case .text(let text): return [text]
        case .list(let items): return items + [""] + conditionLines(for: question, in: caseFile)
        case .choice(let choice): return [(choice.selected + choice.other).joined(separator: ", ")]
        case .yesNo(let value): return [value ? "ja" : "nee"]
        case .stakeholders(let people):
            return people.flatMap(lines(for:)) + ["", numbers(people.filter(\.confided).map(\.name), in: people),
                numbers(people.filter(\.askedSilence).map(\.name), in: people)]
        case .actions(let items):
            let people = caseFile.stakeholders
            let steps = items.flatMap { item -> [String] in
                var lines = [item.what, item.who, item.due, item.review?.description ?? ""]
                guard !people.isEmpty else { return lines }
                lines += [numbers(item.participants, in: people), numbers(item.recipients, in: people)]
                if needsGround(item, people) {
                    lines.append(item.ground.flatMap { id in GroundCatalogue.embedded.ids.firstIndex(of: id).map { String($0 + 1) } } ?? "-")
                }
                return lines
            }
            return steps + [""] + groundWalkLines(items, in: caseFile)
        }
    }

    /// The short route: one line per answer, a person ("name, relation") or a step
    /// ("what - who - due") per line, no walks on the way.
    private static func briefLines(_ answer: Answer, question: Question, in caseFile: CaseFile) -> [String] {
        switch answer {
        case .text(let text): return [text.replacingOccurrences(of: "\n", with: " ")]
        case .list(let items): return items + [""]
        case .choice(let choice): return [(choice.selected + choice.other).joined(separator: ", ")]
        case .yesNo(let value): return [value ? "ja" : "nee"]
        case .stakeholders(let people):
            return people.map { $0.relation.isEmpty ? $0.name : "\($0.name), \($0.relation)" }
                + ["", numbers(people.filter(\.confided).map(\.name), in: people), numbers(people.filter(\.askedSilence).map(\.name), in: people)]
        case .actions(let items):
            return items.map { [$0.what, $0.who, $0.due].joined(separator: " - ") } + [""]
        }
    }

    /// "2, 5" for the people's places in the list, "-" for nobody.
    private static func numbers(_ names: [String], in people: [Stakeholder]) -> String {
        let numbers = names.compactMap { name in people.firstIndex { $0.name == name }.map { String($0 + 1) } }
        return numbers.isEmpty ? "-" : numbers.joined(separator: ", ")
    }

    private static func needsGround(_ item: ActionItem, _ people: [Stakeholder]) -> Bool {
        let family: Set<StakeholderCategory> = [.client, .household]
        let askers = people.filter(\.askedSilence).map(\.name)
        return item.recipients.contains { name in
            guard let person = people.first(where: { $0.name == name }) else { return false }
            if !family.contains(person.category) { return true }
            return !askers.isEmpty && !askers.contains(name) && !item.participants.contains(where: askers.contains)
        }
    }

    /// After the norms question the wizard walks the conditions of each provision it names:
    /// a judgment and its why on one line per condition (two lines where the why is empty);
    /// `:over` passes a provision at its first unjudged one.
    public static func conditionLines(for question: Question, in caseFile: CaseFile) -> [String] {
        guard question.role == .norms, case .list(let items) = caseFile.answers[question.id],
            let rulebook = try? Rulebook.embedded()
        else { return [] }
        return CitedLaw(items, rulebook: rulebook).named.flatMap { walk($0.provision, typedBefore: [], in: caseFile).lines }
    }

    /// After the plan: the points of its grounds not walked after H1, then one Enter for each
    /// step its ground does not cover ("not now" to walking another ground).
    public static func groundWalkLines(_ items: [ActionItem], in caseFile: CaseFile) -> [String] {
        guard let rulebook = try? Rulebook.embedded() else { return [] }
        let people = caseFile.stakeholders
        var provisions: [String] = []
        for item in items where needsGround(item, people) {
            if let id = item.ground.flatMap(GroundCatalogue.embedded.ground)?.provision, !provisions.contains(id) { provisions.append(id) }
        }
        let named = namedProvisions(in: caseFile, rulebook: rulebook)
        var lines: [String] = []
        var typed = caseFile
        typed.conditionJudgments = [:]
        for provision in named {
            typed.conditionJudgments[provision.id] = walk(provision, typedBefore: [], in: caseFile).judged
        }
        for id in provisions {
            guard let provision = rulebook.provision(id: id) else { continue }
            let before = Set(typed.conditionJudgments[id]?.keys.map { $0 } ?? [])
            let walked = walk(provision, typedBefore: before, in: caseFile)
            lines += walked.lines
            typed.conditionJudgments[id, default: [:]].merge(walked.judged) { $1 }
        }
        guard let route = try? QuestionnaireLibrary.embedded().questionnaire(withID: caseFile.route) else { return lines }
        let reasoning = CaseReasoning(caseFile: typed, questionnaire: route, rulebook: rulebook)
        return lines + reasoning.steps.filter { $0.outcome == .notCovered && !$0.alternatives.isEmpty }.map { _ in "" }
    }

    private static func namedProvisions(in caseFile: CaseFile, rulebook: Rulebook) -> [Provision] {
        guard case .list(let items)? = caseFile.answers["wetgeving"] else { return [] }
        return CitedLaw(items, rulebook: rulebook).named.map(\.provision)
    }

    /// The lines for one provision's points not typed before, in order, until the first one the
    /// case has no judgment for (`:over` there), and the judgments those lines give.
    private static func walk(_ provision: Provision, typedBefore: Set<String>, in caseFile: CaseFile)
        -> (lines: [String], judged: [String: ConditionJudgment])
    {
        var lines: [String] = []
        var judged: [String: ConditionJudgment] = [:]
        for condition in provision.conditions where condition.isJudged && !typedBefore.contains(condition.id) {
            guard let given = caseFile.conditionJudgments[provision.id]?[condition.id] else { return (lines + [":over"], judged) }
            let word = judgment(given, of: condition)
            // A reason goes on the judgment's line ("ja, ze zei het zelf"), as the walk invites;
            // the walk asks "Waarom?" after a judgment typed alone.
            if !condition.isChoice, JudgmentLine(word + ", " + given.why) == JudgmentLine(given.judgment, why: given.why) {
                lines.append(word + ", " + given.why)
            } else {
                lines += [word, given.why]
            }
            judged[condition.id] = given
        }
        return (lines, judged)
    }

    private static func judgment(_ given: ConditionJudgment, of condition: Condition) -> String {
        guard condition.isChoice else { return given.judgment == .yes ? "ja" : given.judgment == .no ? "nee" : "weet niet" }
        let count = condition.options.count
        switch given.judgment {
        case .no: return String(count + 1)
        case .notSure: return String(count + 2)
        case .yes where given.options.isEmpty: return condition.requiresChoice ? String(count + 2) : "ja"
        case .yes:
            return given.options.compactMap { id in condition.options.firstIndex { $0.id == id }.map { String($0 + 1) } }
                .joined(separator: ", ")
        }
    }

    /// Name, relation, interest and expectations, then Enter where GPS's ecogram proposal is
    /// what the file says, else `a` and each ecogram answer by number.
    public static func lines(for person: Stakeholder) -> [String] {
        var lines = [person.name, person.relation, person.interest, person.expects]
        var ecogram = person
        ecogram.confided = false
        ecogram.askedSilence = false
        if ecogram == person.ecogramProposal { return lines + [""] }
        lines.append("a")
        lines.append(number(of: person.category, in: StakeholderCategory.allCases))
        if person.category == .client { return lines }
        lines.append(number(of: person.tie, in: Tie.allCases))
        lines.append(number(of: person.support, in: SupportDirection.allCases))
        if person.hasHelpContext {
            lines.append(person.context.map { number(of: $0, in: HelpContext.allCases) } ?? String(HelpContext.allCases.count + 1))
        }
        if person.isOutsideTheFamily { lines.append(person.familyKnows.map { $0 ? "ja" : "nee" } ?? "") }
        return lines
    }

    private static func number<T: Equatable>(of value: T, in all: [T]) -> String {
        String(all.firstIndex(of: value)! + 1)
    }

    /// An answers file read as the wizard would fill it, with its route and title.
    public static func read(_ url: URL) throws -> (questionnaire: Questionnaire, caseFile: CaseFile, title: String) {
        let file = try AnswersFile(text: String(contentsOf: url, encoding: .utf8), name: url.path)
        let library = try QuestionnaireLibrary.embedded()
        guard let questionnaire = library.questionnaire(withID: file.route ?? QuestionnaireLibrary.defaultRouteID) else {
            throw UnknownRoute(route: file.route ?? "")
        }
        let day = file.date ?? CaseDay(year: 2026, month: 11, day: 17)!
        let caseFile = try CaseFile.importing(
            file, route: questionnaire, id: CaseID("2026-11-17-abc")!, title: file.title ?? "x", date: day,
            now: Date(timeIntervalSince1970: 0))
        return (questionnaire, typedInWizard(caseFile), file.title ?? "x")
    }

    public struct UnknownRoute: Error { public let route: String }

    /// The wizard stores its defaults where the answers file left a field out: Enter at "does
    /// the family know" means yes.
    private static func typedInWizard(_ caseFile: CaseFile) -> CaseFile {
        var caseFile = caseFile
        for (id, answer) in caseFile.answers {
            guard case .stakeholders(var people) = answer else { continue }
            for index in people.indices where people[index].isOutsideTheFamily {
                people[index].familyKnows = people[index].familyKnows ?? true
            }
            caseFile.answers[id] = .stakeholders(people)
        }
        return caseFile
    }
}
