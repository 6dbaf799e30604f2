import Foundation
import Testing

@testable import GPSKit

/// The conditions walk after the norms question (H1), on a two-question route: the norms list,
/// then one text question.
@Suite struct ConditionWalkTests {
    static let route = Questionnaire(
        id: "wet", title: Fixtures.text("wet"), description: Fixtures.text("wet"), source: Fixtures.text("bron"),
        orientations: [
            Orientation(id: "hoogte", step: 2, title: Fixtures.text("Hoogte"), intro: Fixtures.text("intro"), questions: [
                Question(id: "wetgeving", covers: ["H1"], kind: .list, role: .norms, label: Fixtures.text("Wetten"),
                    prompt: Fixtures.text("Welke wetten?"), help: Fixtures.text("Hulp wetten"), optional: false),
                Question(id: "na", covers: ["H2"], kind: .text, label: Fixtures.text("Na"), prompt: Fixtures.text("Vraag na?"),
                    help: Fixtures.text("Hulp na"), optional: false),
            ]),
        ])

    struct Run {
        var outcome: WizardSession.Outcome
        var console: ScriptedConsole
        var saves: SaveRecorder
        var caseFile: CaseFile { saves.last! }
        func judgment(_ provision: String, _ condition: String) -> ConditionJudgment? {
            caseFile.conditionJudgments[provision]?[condition]
        }
    }

    func run(_ lines: [String], caseFile: CaseFile? = nil, language: Language = .nl) throws -> Run {
        let console = ScriptedConsole(lines)
        let saves = SaveRecorder()
        let wizard = Wizard(questionnaire: Self.route, caseFile: caseFile ?? Fixtures.emptyCase(route: Self.route))
        var session = WizardSession(
            wizard: wizard, console: console, texts: .embedded(language), clock: { Fixtures.moment }, save: saves.save)
        return Run(outcome: try session.run(), console: console, saves: saves)
    }

    /// 422ter has four required conditions, all CONFIRMED.
    @Test func yesNoAndNotSureEachWithAWhyAreSavedAfterEveryJudgment() throws {
        let run = try run(["art. 422ter", "", "ja", "de politie vroeg het", "nee", "", "weet niet", "twijfel", "yes", "", "klaar"])
        #expect(run.outcome == .finished)
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "de politie vroeg het"))
        #expect(run.judgment("art-422ter", "situation") == ConditionJudgment(.no))
        #expect(run.judgment("art-422ter", "could-comply") == ConditionJudgment(.notSure, why: "twijfel"))
        #expect(run.judgment("art-422ter", "refused") == ConditionJudgment(.yes))
        #expect(run.caseFile.answers["wetgeving"] == .list(["art. 422ter"]))
        #expect(run.caseFile.answers["na"] == .text("klaar"))
        let counts = run.saves.saves.map { $0.conditionJudgments["art-422ter"]?.count ?? 0 }
        #expect([1, 2, 3, 4].allSatisfy(counts.contains), "a save after each judgment: \(counts)")
    }

    @Test func beforeTheWalkTheProvisionShowsTitleNumbersAndConfidenceInOneLine() throws {
        let run = try run(["art. 458bis", "", ":stop"])
        let line = try #require(run.console.output.split(separator: "\n").first { $0.hasPrefix("Spreekrecht") })
        #expect(line.contains("(waarschijnlijk — niet in de officiële tekst nagekeken)"), "title with its confidence")
        #expect(line.contains("art. 458bis Sw. 1867 (bevestigd) → nieuw nummer in Sw. 2024 nog te verifiëren"))
    }

    @Test func theOneOfGroupIsIntroducedOnceAsABlock() throws {
        let run = try run(["458bis", ""] + Array(repeating: ["ja", ""], count: 8).flatMap { $0 } + ["x"])
        #expect(run.outcome == .finished)
        #expect(run.console.output.components(separatedBy: "Eén van deze punten moet kloppen:").count == 2)
        #expect(run.judgment("art-458bis", "danger-others") == ConditionJudgment(.yes))
        #expect(run.judgment("art-458bis", "right-not-duty") == nil, "a note is shown, not judged")
    }

    @Test func anUnverifiedConditionIsMarkedWhenAsked() throws {
        let run = try run(["noodtoestand", ""] + Array(repeating: ["j", ""], count: 4).flatMap { $0 } + [":stop"])
        let asked = try #require(run.console.output.components(separatedBy: "Punt 5 van 5:").last)
        #expect(asked.contains("(niet geverifieerd: een open punt, geen vaste regel)"))
        #expect(!run.console.output.components(separatedBy: "Punt 5 van 5:")[0].contains("niet geverifieerd: een open punt"))
    }

    @Test func backGoesToThePreviousConditionWithItsJudgmentAsDefault() throws {
        let run = try run(["art. 422ter", "", "ja", "eerst", ":terug", "", "", ":stop"])
        #expect(run.console.output.contains("Je vorige oordeel: ja (Enter houdt het)."))
        #expect(run.console.output.contains("Je vorige reden: eerst"))
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "eerst"), "Enter keeps judgment and why")
        #expect(run.judgment("art-422ter", "situation") == nil)
    }

    @Test func backAtTheWhyAsksTheSameConditionAgain() throws {
        let run = try run(["art. 422ter", "", "ja", ":terug", "nee", "toch niet", ":stop"])
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.no, why: "toch niet"))
        #expect(run.judgment("art-422ter", "situation") == nil)
    }

    @Test func backAtTheFirstConditionReturnsToTheNormsQuestion() throws {
        let run = try run(["art. 422ter", "", ":terug", "", ":stop"])
        #expect(run.console.output.components(separatedBy: "Welke wetten?").count == 3)
        #expect(run.outcome == .stopped)
    }

    @Test func stopMidWalkKeepsTheJudgmentsAndResumingGoesOnAtTheFirstOpenCondition() throws {
        let first = try run(["art. 422ter", "", "ja", "reden", ":stop"])
        #expect(first.outcome == .stopped)
        #expect(first.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "reden"))
        #expect(first.caseFile.answers["wetgeving"] == nil, "the answer counts once the walk is done")
        #expect(first.caseFile.drafts["wetgeving"] == .list(["art. 422ter"]))
        let second = try run(["", "nee", "", "nee", "", "nee", "", "x"], caseFile: first.caseFile)
        #expect(second.outcome == .finished)
        #expect(!second.console.output.contains("Punt 1 van 4"), "a judged condition is not asked again")
        #expect(second.console.output.contains("Punt 2 van 4"))
        #expect(second.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "reden"))
        #expect(second.judgment("art-422ter", "refused") == ConditionJudgment(.no))
        #expect(second.caseFile.answers["wetgeving"] == .list(["art. 422ter"]))
    }

    @Test func endOfInputAfterAJudgmentKeepsItWithoutAReason() throws {
        let run = try run(["art. 422ter", "", "weet niet"])
        #expect(run.outcome == .endOfInput)
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.notSure))
    }

    @Test func skipPassesTheRestOfAProvisionAndGoesToTheNext() throws {
        let run = try run(["art. 458", "art. 422ter", "", "ja", "", ":over", "ja", "", ":stop"])
        #expect(run.console.output.contains("De rest van art. 458 laat je open"))
        #expect(run.judgment("art-458", "bound") == ConditionJudgment(.yes))
        #expect(run.judgment("art-458", "secret") == nil)
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.yes))
    }

    @Test func aMisCitationOf422WalksFailureToHelpWithANote() throws {
        let run = try run(["artikel 422 (schuldig verzuim)", "", "ja", "", ":stop"])
        #expect(run.console.output.contains("Je schreef 422; bedoeld is art. 422bis."))
        #expect(run.console.output.contains("Schuldig hulpverzuim"))
        #expect(run.judgment("art-422bis", "great-danger") == ConditionJudgment(.yes))
    }

    @Test func anUnknownArticleIsFlaggedWithTheNearestAndNotWalked() throws {
        let run = try run(["art. 459", "", "x"])
        #expect(run.outcome == .finished)
        #expect(run.console.output.contains("Let op: art. 459 staat niet in het regelboek"))
        #expect(run.console.output.contains("De dichtstbijzijnde bepaling is art. 458"))
        #expect(run.caseFile.conditionJudgments.isEmpty)
    }

    @Test func badInputAsksAgainAndEnglishAliasesWork() throws {
        let run = try run(["art. 422ter", "", "misschien", "not sure", "", "no", "", ":stop"], language: .en)
        #expect(run.console.output.contains("Type yes, no or not sure."))
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.notSure))
        #expect(run.judgment("art-422ter", "situation") == ConditionJudgment(.no))
    }

    @Test func questionMarkExplainsTheWalk() throws {
        let run = try run(["art. 422ter", "", "?", ":stop"])
        #expect(run.console.output.contains("weet niet is een eerlijk antwoord"))
    }
}
