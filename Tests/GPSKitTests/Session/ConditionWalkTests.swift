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

    /// 422ter has three required conditions, all CONFIRMED; refusing is a note.
    @Test func yesNoAndNotSureEachWithAWhyAreSavedAfterEveryJudgment() throws {
        let run = try run(["art. 422ter", "", "ja", "de politie vroeg het", "nee", "", "weet niet", "twijfel", "klaar"])
        #expect(run.outcome == .finished)
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "de politie vroeg het"))
        #expect(run.judgment("art-422ter", "situation") == ConditionJudgment(.no))
        #expect(run.judgment("art-422ter", "could-comply") == ConditionJudgment(.notSure, why: "twijfel"))
        #expect(run.judgment("art-422ter", "refused") == nil, "a note is shown, not judged")
        #expect(run.caseFile.answers["wetgeving"] == .list(["art. 422ter"]))
        #expect(run.caseFile.answers["na"] == .text("klaar"))
        let counts = run.saves.saves.map { $0.conditionJudgments["art-422ter"]?.count ?? 0 }
        #expect([1, 2, 3].allSatisfy(counts.contains), "a save after each judgment: \(counts)")
    }

    /// Issue 11: a judgment and its reason on one line; "Waarom?" comes only after a judgment
    /// typed alone.
    @Test func aReasonOnTheJudgmentsLineSavesThePromptForWhy() throws {
        let run = try run(["art. 422ter", "", "ja, de politie vroeg het", "nee: het was geen nood", "weet niet", "twijfel", "klaar"])
        #expect(run.outcome == .finished)
        #expect(run.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "de politie vroeg het"))
        #expect(run.judgment("art-422ter", "situation") == ConditionJudgment(.no, why: "het was geen nood"))
        #expect(run.judgment("art-422ter", "could-comply") == ConditionJudgment(.notSure, why: "twijfel"))
        #expect(run.console.output.components(separatedBy: "Waarom?").count == 2, "asked once, after 'weet niet' alone")
    }

    @Test func afterTheLastPointTheVerdictIsShownWithThePointThatFails() throws {
        let run = try run(["art. 422ter", "", "ja", "", "nee", "", "ja", "", "klaar"])
        #expect(run.console.output.contains("→ art. 422ter: niet gedekt — niet voldaan: punt 2 (iemand in gevaar of een noodsituatie)"))
    }

    @Test func beforeTheWalkTheProvisionShowsTitleNumbersAndConfidenceInOneLine() throws {
        let run = try run(["art. 458bis", "", ":stop"])
        let line = try #require(run.console.output.split(separator: "\n").first { $0.hasPrefix("Spreekrecht") })
        #expect(line.hasPrefix("Spreekrecht bij misdrijven tegen minderjarigen of kwetsbare personen (waarschijnlijk) · "), "title with the provision's one mark")
        #expect(line.hasSuffix("art. 458bis Sw. 1867 → nieuw nummer in Sw. 2024 nog te verifiëren"), "a surer number carries no mark of its own")
    }

    /// Tried as a new user would: the long label came back on every line of the walk. The
    /// walk explains the marks once; after that each provision carries its one short mark.
    @Test func theWalkExplainsTheMarksOnceAndThenUsesShortMarks() throws {
        let output = try run(["art. 458bis", "gedeeld beroepsgeheim", "", ":stop"]).console.output
        #expect(output.components(separatedBy: "waarschijnlijk — niet in de officiële tekst nagekeken").count == 2)
        #expect(output.contains("bevestigd; waarschijnlijk — niet in de officiële tekst nagekeken; niet geverifieerd"))
        #expect(output.contains("(waarschijnlijk) · art. 458bis"))
        // A case that was walked before has had the explanation.
        var walked = Fixtures.emptyCase(route: Self.route)
        walked.conditionJudgments["art-422ter"] = ["requisition": ConditionJudgment(.yes)]
        let later = try run(["art. 458bis", "", ":stop"], caseFile: walked).console.output
        #expect(!later.contains("niet in de officiële tekst nagekeken"))
        #expect(later.contains("(waarschijnlijk) · art. 458bis"))
    }

    /// 458bis: points 3 (which listed offence) and 4 (which protected victim) are picked by number.
    static let all458bisMet = ["ja", "", "ja", "", "3", "", "1", "", "ja", "", "ja", "", "ja", "", "ja", ""]

    @Test func theOneOfGroupIsIntroducedOnceAsABlock() throws {
        let run = try run(["458bis", ""] + Self.all458bisMet + ["x"])
        #expect(run.outcome == .finished)
        #expect(run.console.output.components(separatedBy: "Eén van deze punten moet kloppen:").count == 2)
        #expect(run.judgment("art-458bis", "danger-others") == ConditionJudgment(.yes))
        #expect(run.judgment("art-458bis", "right-not-duty") == nil, "a note is shown, not judged")
    }

    /// Partner violence as what makes a victim vulnerable is unverified under the new code only.
    @Test func anOptionUnverifiedForTheFactsDayIsMarkedWhenAsked() throws {
        let marker = "Geldt dit onder het nieuwe Strafwetboek ook bij partnergeweld?"
        var old = Fixtures.emptyCase(route: Self.route)
        old.date = CaseDay(year: 2026, month: 3, day: 2)!
        let before = try run(["458bis", "", "ja", "", "ja", "", "3", "", ":stop"], caseFile: old)
        #expect(before.console.output.contains("Wet op de dag van de feiten: 2 maart 2026: Strafwetboek van 8 juni 1867"))
        #expect(!before.console.output.contains(marker))
        let after = try run(["458bis", "", "ja", "", "ja", "", "3", "", "5", "", ":stop"])
        #expect(after.console.output.contains("Nieuw Strafwetboek (wetten van 29 februari 2024, Sw. 2024)"))
        let option = try #require(after.console.output.split(separator: "\n").first { $0.contains("5. kwetsbaar door partnergeweld") })
        #expect(option.contains(marker) && option.contains("(niet geverifieerd)"))
        #expect(after.judgment("art-458bis", "protected-victim") == ConditionJudgment(.yes, options: ["partner-violence"]))
    }

    @Test func aPointWithOptionsTakesNumbersNoneOrDontKnowAndRefusesAPlainYesWhereItNeedsAPick() throws {
        let run = try run(["458bis", "", "ja", "", "ja", "", "ja", "3, 6", "", "6", "", "10", "", ":stop"])
        #expect(run.console.output.contains("Geef nummers van 1 tot 10"))
        #expect(run.judgment("art-458bis", "listed-offence") == ConditionJudgment(.yes, options: ["violence", "deprivation"]))
        #expect(run.judgment("art-458bis", "protected-victim") == ConditionJudgment(.no))
        #expect(run.judgment("art-458bis", "cannot-protect") == nil, "10 is not a choice at a yes/no point")
    }

    @Test func theFactsProposeAListedOffenceThatEnterTakes() throws {
        var caseFile = Fixtures.emptyCase(route: Self.route)
        caseFile.answers["feiten"] = .list(["Ze zei dat hij haar slaat."])
        let route = Questionnaire(
            id: "wet", title: Fixtures.text("wet"), description: Fixtures.text("wet"), source: Fixtures.text("bron"),
            orientations: [
                Orientation(id: "breedte", step: 1, title: Fixtures.text("Breedte"), intro: Fixtures.text("intro"), questions: [
                    Question(id: "feiten", covers: ["B1"], kind: .list, role: .facts, label: Fixtures.text("Feiten"),
                        prompt: Fixtures.text("Feiten?"), help: Fixtures.text("Hulp"), optional: false)
                ])
            ] + Self.route.orientations)
        let console = ScriptedConsole(["458bis", "", "ja", "", "ja", "", "", "", ":stop"])
        let saves = SaveRecorder()
        var session = WizardSession(
            wizard: Wizard(questionnaire: route, caseFile: caseFile), console: console, texts: .embedded(.nl),
            clock: { Fixtures.moment }, save: saves.save)
        _ = try session.run()
        #expect(console.output.contains("Voorstel: doden, of opzettelijk slaan en verwonden (Enter neemt het over)."))
        #expect(saves.last?.conditionJudgments["art-458bis"]?["listed-offence"] == ConditionJudgment(.yes, options: ["violence"]))
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
        let second = try run(["", "nee", "", "nee", "", "x"], caseFile: first.caseFile)
        #expect(second.outcome == .finished)
        #expect(!second.console.output.contains("Punt 1 van 3"), "a judged condition is not asked again")
        #expect(second.console.output.contains("Punt 2 van 3"))
        #expect(second.judgment("art-422ter", "requisition") == ConditionJudgment(.yes, why: "reden"))
        #expect(second.judgment("art-422ter", "could-comply") == ConditionJudgment(.no))
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
