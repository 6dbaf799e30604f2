import Foundation

@testable import GPSKit

/// Small, fixed inputs shared by tests: the real routes, a case, a frozen clock.
enum Fixtures {
    static let library = try! QuestionnaireLibrary.embedded()
    static let fullRoute = library.questionnaire(withID: "gps")!
    static let shortRoute = library.questionnaire(withID: "kort")!
    static let day = CaseDay(year: 2026, month: 11, day: 20)!
    static let moment = Date(timeIntervalSince1970: 1_795_000_000)
    static let id = CaseID("2026-11-20-abc")!

    static func emptyCase(route: Questionnaire = fullRoute, title: String = "Test") -> CaseFile {
        CaseFile(id: id, title: title, route: route.id, date: day, now: moment)
    }

    static func text(_ nl: String) -> LocalizedText { LocalizedText(nl: nl, en: nl) }

    /// A three-question route: required text, optional list, required choice.
    static let tinyRoute = Questionnaire(
        id: "tiny", title: text("klein"), description: text("klein"), source: text("bron"),
        orientations: [
            Orientation(id: "a", step: 0, title: text("A"), intro: text("intro A"), questions: [
                Question(id: "een", covers: ["K3"], kind: .text, label: text("Een"), prompt: text("Vraag een?"), help: text("Hulp een"), optional: false),
                Question(id: "twee", covers: ["B1"], kind: .list, label: text("Twee"), prompt: text("Vraag twee?"), help: text("Hulp twee"), optional: true),
            ]),
            Orientation(id: "b", step: 1, title: text("B"), intro: text("intro B"), questions: [
                Question(
                    id: "drie", covers: ["D1"], kind: .choice, label: text("Drie"), prompt: text("Vraag drie?"),
                    help: text("Hulp drie"), optional: false,
                    choices: [Choice(id: "rood", label: text("rood")), Choice(id: "blauw", label: text("blauw"))],
                    multiple: true, allowOther: true),
            ]),
        ])
}
