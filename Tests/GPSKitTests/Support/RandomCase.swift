import Foundation

@testable import GPSKit

/// Seeded random case files: every question of a route answered, passed, half-answered or
/// open, in the shape its kind takes, full of hostile text. Case `index` of a seed is built
/// from its own generator, so one failing case can be rebuilt alone.
struct RandomCase {
    static let routes = [Fixtures.fullRoute, Fixtures.shortRoute]

    static func route(of caseFile: CaseFile) -> Questionnaire {
        routes.first { $0.id == caseFile.route } ?? Fixtures.fullRoute
    }

    static func make(seed: UInt64, index: Int) -> CaseFile {
        var random = RandomCase(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        return random.caseFile()
    }

    private var generator: SplitMix64
    /// The generator, for tests that draw their own values between the case's.
    var generatorForTests: SplitMix64 {
        get { generator }
        set { generator = newValue }
    }
    private var hostile: HostileText

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
        hostile = HostileText(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    mutating func caseFile() -> CaseFile {
        let route = Self.routes.randomElement(using: &generator)!
        let date = day()
        let created = moment()
        var caseFile = CaseFile(
            id: CaseID.make(on: date, length: Int.random(in: 3...8, using: &generator), using: &generator),
            title: text(), route: route.id, date: date, now: created)
        caseFile.updated = created.addingTimeInterval(Double(Int.random(in: 0...900_000, using: &generator)))
        for question in route.questions {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<6: caseFile.answers[question.id] = answer(for: question)
            case 6: caseFile.skipped.insert(question.id)
            case 7: caseFile.drafts[question.id] = answer(for: question)
            default: break
            }
        }
        for _ in 0..<Int.random(in: 0...3, using: &generator) {
            caseFile.ecograms.append(EcogramSnapshot(day: day(), stakeholders: stakeholders()))
        }
        let names = caseFile.stakeholders.map(\.name)
        for (id, answer) in caseFile.answers {
            guard case .actions(let items) = answer else { continue }
            caseFile.answers[id] = .actions(items.map { steps(for: $0, among: names) })
        }
        caseFile.conditionJudgments = judgments()
        return caseFile
    }

    /// With whom a step happens, who learns something and on what ground, among the case's people.
    private mutating func steps(for item: ActionItem, among names: [String]) -> ActionItem {
        var item = item
        guard !names.isEmpty else { return item }
        item.participants = names.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
        item.recipients = names.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
        item.ground = ([nil] + GroundCatalogue.embedded.ids).randomElement(using: &generator)!
        return item
    }

    /// Judgments for some points of some provisions, options picked where a point has them.
    mutating func judgments() -> ConditionJudgments {
        var judgments: ConditionJudgments = [:]
        for provision in Self.rulebook.provisions where Bool.random(using: &generator) {
            for condition in provision.conditions where condition.isJudged && Int.random(in: 0..<4, using: &generator) > 0 {
                judgments[provision.id, default: [:]][condition.id] = judgment(of: condition)
            }
        }
        return judgments
    }

    mutating func judgment(of condition: Condition) -> ConditionJudgment {
        let judgment = ConditionJudgment.Judgment.allCases.randomElement(using: &generator)!
        guard judgment == .yes, condition.isChoice else { return ConditionJudgment(judgment, why: text()) }
        let picked = condition.options.map(\.id).filter { _ in Bool.random(using: &generator) }
        return ConditionJudgment(.yes, options: picked, why: text())
    }

    static let rulebook = try! Rulebook.embedded()

    mutating func answer(for question: Question) -> Answer {
        switch question.kind {
        case .text, .multiline: .text(text())
        case .list: .list(several { $0.text() })
        case .choice: .choice(choice(for: question))
        case .yesNo: .yesNo(Bool.random(using: &generator))
        case .stakeholders: .stakeholders(stakeholders())
        case .actions:
            .actions(several { random in
                ActionItem(
                    what: random.text(), who: random.text(), due: random.text(),
                    review: Bool.random(using: &random.generator) ? random.day() : nil)
            })
        }
    }

    private mutating func choice(for question: Question) -> ChoiceAnswer {
        let ids = (question.choices ?? []).map(\.id).shuffled(using: &generator)
        let count = question.allowsMultipleChoices ? Int.random(in: 0...ids.count, using: &generator) : min(1, ids.count)
        let other = question.allowsOtherValues ? several(upTo: 3) { $0.text() } : []
        return ChoiceAnswer(selected: Array(ids.prefix(count)), other: other)
    }

    private mutating func stakeholders() -> [Stakeholder] {
        several { random in
            let category = StakeholderCategory.allCases.randomElement(using: &random.generator)!
            return Stakeholder(
                name: random.text(), relation: random.text(), interest: random.text(), expects: random.text(),
                category: category, tie: Tie.allCases.randomElement(using: &random.generator),
                support: SupportDirection.allCases.randomElement(using: &random.generator),
                context: Bool.random(using: &random.generator) ? HelpContext.allCases.randomElement(using: &random.generator) : nil,
                familyKnows: [true, false, nil].randomElement(using: &random.generator)!,
                confided: Int.random(in: 0..<4, using: &random.generator) == 0,
                askedSilence: Int.random(in: 0..<5, using: &random.generator) == 0)
        }
    }

    private mutating func several<T>(upTo limit: Int = 8, _ make: (inout RandomCase) -> T) -> [T] {
        (0..<Int.random(in: 0...limit, using: &generator)).map { _ in make(&self) }
    }

    /// Hostile text, now and then a plain word, so ordinary answers are covered too.
    mutating func text() -> String {
        Int.random(in: 0..<5, using: &generator) == 0 ? "Mama" : hostile.next()
    }

    private mutating func day() -> CaseDay {
        CaseDay(
            year: Int.random(in: 1990...2099, using: &generator), month: Int.random(in: 1...12, using: &generator),
            day: Int.random(in: 1...28, using: &generator))!
    }

    /// Whole seconds: the case file stores ISO 8601 without fractions.
    private mutating func moment() -> Date {
        Date(timeIntervalSince1970: Double(Int.random(in: 631_152_000...4_102_444_800, using: &generator)))
    }
}
