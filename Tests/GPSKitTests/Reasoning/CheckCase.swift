@testable import GPSKit

/// A small case for the checks: a mother, her own manager, a voluntary service and a
/// consultant in forced help, each known to the family unless a test says otherwise.
struct CheckCase {
    var people: [Stakeholder] = [
        Stakeholder(name: "mama", category: .client),
        Stakeholder(name: "Lies", category: .organisation, support: .toClient, context: .voluntary, familyKnows: true),
        Stakeholder(name: "CLB", category: .services, context: .voluntary, familyKnows: true),
        Stakeholder(name: "consulent", category: .society, context: .forced, familyKnows: true),
    ]
    var actions: [ActionItem] = []
    var answers: [String: Answer] = ["vraag-gezin": .text("hulp in het huishouden"), "acuut-gevaar": .yesNo(false)]
    var familyInformed: String? = "al-besproken"

    func findings(_ rule: String) -> [Finding] {
        all.filter { $0.rule == rule }
    }

    static let day = Fixtures.day

    var all: [Finding] {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers = answers
        caseFile.answers["betrokkenen"] = .stakeholders(people)
        caseFile.answers["actieplan"] = .actions(actions)
        if let familyInformed { caseFile.answers["gezin-eerst"] = .choice(ChoiceAnswer(selected: [familyInformed])) }
        return CaseChecks.run(caseFile, questionnaire: Fixtures.fullRoute)
    }

    /// The levels the rule gives, in order.
    func levels(_ rule: String) -> [FindingLevel] { findings(rule).map(\.level) }

    /// A step that tells `names` something, written the way files before participants did:
    /// the family members it names take part, as the migration reads them.
    static func step(_ what: String, due: String = "", with names: [String] = []) -> ActionItem {
        StepPeople(stakeholders: CheckCase().people).migrated(ActionItem(what: what, due: due, recipients: names))
    }
}
