import Foundation
import Testing

@testable import GPSKit

@Suite struct WizardSessionTests {
    struct Run {
        var outcome: WizardSession.Outcome
        var console: ScriptedConsole
        var saves: SaveRecorder
        var caseFile: CaseFile { saves.last! }
    }

    func run(
        _ lines: [String], route: Questionnaire = Fixtures.tinyRoute, caseFile: CaseFile? = nil, startAt: String? = nil,
        language: Language = .nl
    ) throws -> Run {
        let console = ScriptedConsole(lines)
        let saves = SaveRecorder()
        var wizard = Wizard(questionnaire: route, caseFile: caseFile ?? Fixtures.emptyCase(route: route))
        if let startAt, !wizard.move(to: startAt) { Issue.record("no question \(startAt)") }
        var session = WizardSession(
            wizard: wizard, console: console, texts: .embedded(language), clock: { Fixtures.moment },
            save: saves.save)
        let outcome = try session.run()
        return Run(outcome: outcome, console: console, saves: saves)
    }

    @Test func aWholeRouteIsAnsweredAndSavedAfterEveryAnswer() throws {
        let run = try run(["Wat doe ik?", "feit een", "feit twee", "", "1, eerlijkheid"])
        #expect(run.outcome == .finished)
        #expect(run.caseFile.answers["een"] == .text("Wat doe ik?"))
        #expect(run.caseFile.answers["twee"] == .list(["feit een", "feit twee"]))
        #expect(run.caseFile.answers["drie"] == .choice(ChoiceAnswer(selected: ["rood"], other: ["eerlijkheid"])))
        let savedAnswers = run.saves.saves.map(\.answers.count)
        #expect(savedAnswers.contains(1) && savedAnswers.contains(2), "a save after each answer: \(savedAnswers)")
    }

    @Test func everyListItemIsSavedAsADraftBeforeTheNextLineIsRead() throws {
        let run = try run(["x", "feit een", "feit twee"])
        #expect(run.outcome == .endOfInput)
        let drafts = run.saves.saves.compactMap { $0.drafts["twee"] }
        #expect(drafts == [.list(["feit een"]), .list(["feit een", "feit twee"]), .list(["feit een", "feit twee"])])
        #expect(run.caseFile.answers["twee"] == nil)
    }

    @Test func questionMarkShowsTheHelpTextAndAsksAgain() throws {
        let run = try run(["?", "antwoord"])
        #expect(run.console.output.contains("Hulp een"))
        #expect(run.caseFile.answers["een"] == .text("antwoord"))
    }

    @Test func backKeepsTheEarlierAnswerAsDefaultAndEnterKeepsIt() throws {
        let run = try run(["eerste", ":terug", "", ":stop"])
        #expect(run.outcome == .stopped)
        #expect(run.console.output.contains("Je vorige antwoord: eerste"))
        #expect(run.caseFile.answers["een"] == .text("eerste"))
    }

    @Test(arguments: [":back", ":terug"])
    func backWorksInBothLanguages(command: String) throws {
        let run = try run(["eerste", command, "tweede", ":quit"])
        #expect(run.caseFile.answers["een"] == .text("tweede"))
    }

    @Test func skipPassesAnOptionalQuestionButNotARequiredOne() throws {
        let run = try run([":over", "x", ":skip", ":stop"])
        #expect(run.console.output.contains("Deze vraag kan je niet overslaan"))
        #expect(run.caseFile.skipped == ["twee"])
        #expect(run.caseFile.answers["een"] == .text("x"))
    }

    @Test func anEmptyAnswerToARequiredQuestionAsksAgain() throws {
        let run = try run(["", "nu wel"])
        #expect(run.console.output.contains("heeft een antwoord nodig"))
        #expect(run.caseFile.answers["een"] == .text("nu wel"))
    }

    @Test func anInvalidChoiceAsksAgainWithTheAllowedValuesAndLosesNothing() throws {
        var caseFile = Fixtures.emptyCase(route: Fixtures.tinyRoute)
        caseFile.answers["een"] = .text("x")
        caseFile.answers["twee"] = .list(["a"])
        let run = try run(["7", "2"], caseFile: caseFile)
        #expect(run.console.output.contains("1 (rood), 2 (blauw)"))
        #expect(run.caseFile.answers["drie"] == .choice(ChoiceAnswer(selected: ["blauw"])))
        #expect(run.caseFile.answers["twee"] == .list(["a"]))
    }

    @Test func anUnknownColonCommandIsNotTakenAsAnAnswer() throws {
        let run = try run([":wis", "echt antwoord"])
        #expect(run.console.output.contains("Dat commando ken ik niet: :wis"))
        #expect(run.caseFile.answers["een"] == .text("echt antwoord"))
    }

    @Test func stopInTheMiddleOfAListKeepsTheItemsAsADraft() throws {
        let run = try run(["x", "feit een", ":stop"])
        #expect(run.outcome == .stopped)
        #expect(run.caseFile.drafts["twee"] == .list(["feit een"]))
    }

    @Test func aResumedListShowsItsDraftAndCanDropAnItem() throws {
        var caseFile = Fixtures.emptyCase(route: Fixtures.tinyRoute)
        caseFile.answers["een"] = .text("x")
        caseFile.drafts["twee"] = .list(["oud", "fout"])
        let run = try run(["-2", "nieuw", "", ":stop"], caseFile: caseFile)
        #expect(run.console.output.contains("  1. oud\n  2. fout"))
        #expect(run.caseFile.answers["twee"] == .list(["oud", "nieuw"]))
        #expect(run.caseFile.drafts.isEmpty)
    }

    @Test func stakeholdersAreAskedFieldByFieldAndAnInterruptedOneIsKept() throws {
        let route = Fixtures.fullRoute
        let lines = ["Mama", "de cliënt", "veiligheid", "dat ik zwijg", "", "Buurman", "buur"]
        let run = try run(lines, route: route, startAt: "betrokkenen")
        #expect(run.outcome == .endOfInput)
        #expect(run.caseFile.drafts["betrokkenen"] == .stakeholders([
            Stakeholder(name: "Mama", relation: "de cliënt", interest: "veiligheid", expects: "dat ik zwijg"),
            Stakeholder(name: "Buurman", relation: "buur"),
        ]))
    }

    @Test func anActionWithAnUnreadableReviewDateAsksForTheDateAgain() throws {
        let lines = ["gesprek met mama", "ik", "donderdag", "volgende week", "4/12/2026", "", ":stop"]
        let run = try run(lines, route: Fixtures.fullRoute, startAt: "actieplan")
        #expect(run.console.output.contains("Dat lees ik niet als datum: volgende week"))
        #expect(run.caseFile.answers["actieplan"] == .actions([
            ActionItem(what: "gesprek met mama", who: "ik", due: "donderdag", review: CaseDay(year: 2026, month: 12, day: 4)),
        ]))
    }

    @Test func yesNoAcceptsDutchAndEnglishAndRejectsTheRest() throws {
        let run = try run(["misschien", "j", ":stop"], route: Fixtures.fullRoute, startAt: "verantwoord")
        #expect(run.console.output.contains("Typ ja (j) of nee (n)."))
        #expect(run.caseFile.answers["verantwoord"] == .yesNo(true))
    }

    @Test func progressShowsTheStepAndTheQuestionNumbers() throws {
        let run = try run(["x", ":stop"])
        #expect(run.console.output.contains("━━ Stap 0 · A ━━\nintro A"))
        #expect(run.console.output.contains("Vraag 1 van 2 in deze stap · 1 van 3 in totaal · 0% klaar"))
        #expect(run.console.output.contains("Vraag 2 van 2 in deze stap · 2 van 3 in totaal · 33% klaar"))
    }

    @Test func englishTextWithTaalEn() throws {
        let run = try run(["x", ":stop"], language: .en)
        #expect(run.console.output.contains("Question 1 of 2 in this step"))
    }

    @Test func aScriptedShortRouteMatchesItsGoldenTranscript() throws {
        let lines = [
            "Ik schrok van de blauwe plek.", "?", "Zeg ik iets tegen de school?",
            "Sam had een blauwe plek.", "", "nee", ":over", "Mama, de cliënt", "Juf Ann, school van Sam", "", "1", "",
            ":terug", "", "", "",
            "art. 458 Sw.", "", "3, 4", "Sam is te jong om zichzelf te beschermen.", "",
            "Ik praat eerst met mama.", "gesprek met mama - ik - donderdag", "", "2", "",
        ]
        let run = try run(lines, route: Fixtures.shortRoute, caseFile: Fixtures.emptyCase(route: Fixtures.shortRoute))
        #expect(run.outcome == .finished)
        #expect(run.console.unreadLines == 0)
        Golden.check(run.console.output, against: "Tests/GPSKitTests/Snapshots/session-kort.txt")
    }
}

extension WizardSessionTests {
    /// Mama (the client) and a consultant in forced help; mama confided and asked for silence.
    static let stepPeople: Answer = .stakeholders([
        Stakeholder(name: "mama", category: .client, confided: true, askedSilence: true),
        Stakeholder(name: "consulent", category: .society, context: .forced, familyKnows: true),
    ])

    @Test func aStepAsksWithWhomAndWhoLearnsSomethingByNumber() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = Self.stepPeople
        let lines = ["mail", "ik", "maandag", "", "3", "1", "2, 1, 2", "-", "", ":stop"]
        let run = try run(lines, route: Fixtures.fullRoute, caseFile: caseFile, startAt: "actieplan")
        #expect(run.console.output.contains("    1\u{00A0}mama · 2\u{00A0}consulent\n"))
        #expect(run.console.output.contains("Dat lees ik niet als nummers uit de lijst: 3"))
        #expect(run.caseFile.answers["actieplan"] == .actions([
            ActionItem(what: "mail", who: "ik", due: "maandag", participants: ["mama"], recipients: ["consulent", "mama"])
        ]))
    }

    @Test func enterTakesTheProposalReadFromWhoAndWhat() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = Self.stepPeople
        let run = try run(["gesprek met mama", "ik", "", "", "", "", "", ":stop"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "actieplan")
        #expect(run.console.output.contains("Met wie gebeurt het? Geef de nummers.\n    (Enter = mama; - = niemand)"))
        #expect(run.console.output.contains("Wie hoort daarbij iets over het gezin?\n    (Enter = niemand)"))
        #expect(run.caseFile.answers["actieplan"] == .actions([ActionItem(what: "gesprek met mama", who: "ik", participants: ["mama"])]))
    }

    @Test func aStepThatTellsAnOutsiderAsksItsGroundAndProposesOne() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = .stakeholders([
            Stakeholder(name: "mama", category: .client),
            Stakeholder(name: "de huisarts", category: .services, context: .voluntary, familyKnows: true),
        ])
        let run = try run(["bellen", "ik", "", "", "-", "2", "", "", ":stop"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "actieplan")
        #expect(run.console.output.contains("Waarop rust het dat je dit aan de huisarts vertelt?"))
        #expect(run.console.output.contains("(Enter = toestemming van de betrokkene)"))
        #expect(run.caseFile.drafts["actieplan"] == .actions([ActionItem(what: "bellen", who: "ik", recipients: ["de huisarts"], ground: "consent")]))
        #expect(run.console.output.contains("Toestemming van de betrokkene"), "the ground's conditions are walked though H1 did not cite it")
    }

    /// The family-first question proposes what her plan already shows.
    @Test func familyFirstProposesWhatThePlanShows() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = .stakeholders([
            Stakeholder(name: "mama", category: .client, confided: true),
            Stakeholder(name: "Griet", relation: "mijn verantwoordelijke", category: .organisation, context: .voluntary),
        ])
        let talkFirst = [
            ActionItem(what: "gesprek met mama", who: "ik", due: "donderdag", participants: ["mama"]),
            ActionItem(what: "Griet inlichten", who: "ik", due: "vrijdag", participants: ["Griet"], recipients: ["Griet"]),
        ]
        caseFile.answers["actieplan"] = .actions(talkFirst)
        let first = try run(["", ":stop"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "gezin-eerst")
        #expect(first.console.output.contains("(Enter = Ja, dat doe ik eerst)"))
        #expect(first.caseFile.answers["gezin-eerst"] == .choice(ChoiceAnswer(selected: ["eerst-bespreken"])))

        // Once mama confided, telling Griet is a step outward; without any such step there is none.
        caseFile.answers["actieplan"] = .actions([talkFirst[0]])
        let inside = try run(["", ":stop"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "gezin-eerst")
        #expect(inside.caseFile.answers["gezin-eerst"] == .choice(ChoiceAnswer(selected: ["geen-stap-naar-buiten"])))

        caseFile.answers["actieplan"] = .actions([talkFirst[1], talkFirst[0]].enumerated().map { index, step in
            var step = step
            step.due = index == 0 ? "maandag" : "dinsdag"
            return step
        })
        let later = try run(["", ":stop"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "gezin-eerst")
        #expect(!later.console.output.contains("(Enter = "), "a talk after the step outward proposes nothing")
        #expect(later.caseFile.answers["gezin-eerst"] == nil)
    }

    /// At the end she sees what GPS concluded before she closes her laptop: the verdicts and
    /// the rules that ask something of her.
    @Test func theEndSaysTheVerdictsAndWhatAsksSomethingOfHer() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["wetgeving"] = .list(["art. 458"])
        caseFile.answers["betrokkenen"] = .stakeholders([
            Stakeholder(name: "mama", category: .client),
            Stakeholder(name: "de huisarts", category: .services, context: .voluntary, familyKnows: true),
        ])
        caseFile.answers["actieplan"] = .actions([ActionItem(what: "de huisarts bellen", who: "ik", recipients: ["de huisarts"])])
        caseFile.answers["gezin-eerst"] = .choice(ChoiceAnswer(selected: ["niet"]))
        let run = try run(["", "ja"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "verantwoord")
        #expect(run.outcome == .finished)
        let output = run.console.output
        let start = try #require(output.range(of: "Wat GPS nu ziet (alles: gps toets \(caseFile.id.rawValue)):"))
        let summary = output[start.upperBound...].prefix { $0 != "K" }
        #expect(summary.contains("art. 458: open"))
        // Each rule on a line of its own, said as the record's summary says it.
        #expect(summary.contains("\n  R6 — probleem: eerst praat je met het gezin over je zorg (stap 1)\n"), "\(summary)")
    }

    @Test func aStepWithinTheFamilyAsksNoGround() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "mama", category: .client)])
        let run = try run(["poetsen", "", "", "", "", "", "", ":stop"], route: Fixtures.fullRoute, caseFile: caseFile, startAt: "actieplan")
        #expect(!run.console.output.contains("Waarop rust het"))
        #expect(run.caseFile.answers["actieplan"] == .actions([ActionItem(what: "poetsen")]))
    }
}

/// After the plan, the walk of its grounds: a ground that does not cover a step is said so,
/// another can be walked, and one that covers can become the step's ground with Enter.
extension WizardSessionTests {
    static let reportCase: CaseFile = {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = .stakeholders([
            Stakeholder(name: "mama", category: .client),
            Stakeholder(name: "het parket", relation: "procureur des Konings", category: .society, context: .forced, familyKnows: false),
        ])
        return caseFile
    }()

    static let report = ["melden bij het parket", "ik", "", "", "-", "2", "", ""]
    static let bisNotCovered = ["ja", "", "ja", "", "3", "", "1", "", "nee", "kan nog met de huisarts", "ja", "", "nee", "", "ja", ""]

    @Test func aStepItsGroundDoesNotCoverIsSaidSoAndAnotherGroundCanTakeItsPlace() throws {
        let necessity = ["1"] + Array(repeating: ["ja", ""], count: 4).flatMap { $0 } + ["", ":stop"]
        let run = try run(Self.report + Self.bisNotCovered + necessity, route: Fixtures.fullRoute, caseFile: Self.reportCase, startAt: "actieplan")
        let output = run.console.output
        #expect(output.contains("(Enter = art. 458bis: melding aan de procureur des Konings)"))
        #expect(output.contains("→ art. 458bis: niet gedekt — niet voldaan: punt 5 (niet zelf of met anderen kunnen beschermen)"))
        #expect(output.contains("Stap 1 (het parket), art. 458bis: melding aan de procureur des Konings: niet gedekt"))
        #expect(output.contains("art. 458bis: melding aan de procureur des Konings dekt stap 1 niet."))
        #expect(output.contains("    1. noodtoestand\n    2. art. 422bis: hulp aan iemand in groot gevaar"))
        #expect(output.contains("Stap 1 (het parket), noodtoestand: gedekt — elk punt is voldaan"))
        #expect(run.caseFile.answers["actieplan"] == .actions([
            ActionItem(what: "melden bij het parket", who: "ik", recipients: ["het parket"], ground: "necessity")
        ]))
    }

    @Test(arguments: ["-9223372036854775808", "99999999999999999999", "0"])
    func aNumberOutsideTheOfferedGroundsIsRefusedAndAskedAgain(number: String) throws {
        let run = try run(Self.report + Self.bisNotCovered + [number, "", ":stop"], route: Fixtures.fullRoute, caseFile: Self.reportCase, startAt: "actieplan")
        #expect(run.console.output.contains("Kies een nummer van 1 tot 4, of - als je het nog niet weet."))
    }

    @Test func enterAtTheOfferKeepsTheGroundAndTheStepStaysNotCovered() throws {
        let run = try run(Self.report + Self.bisNotCovered + ["", ":stop"], route: Fixtures.fullRoute, caseFile: Self.reportCase, startAt: "actieplan")
        guard case .actions(let plan)? = run.caseFile.answers["actieplan"] else {
            Issue.record("no plan")
            return
        }
        #expect(plan.map(\.ground) == ["458bis"])
        #expect(run.caseFile.conditionJudgments["art-458bis"]?["cannot-protect"] == ConditionJudgment(.no, why: "kan nog met de huisarts"))
    }

    @Test func stoppingInTheGroundWalkKeepsThePlanAsADraftAndTheJudgmentsGiven() throws {
        let run = try run(Self.report + ["ja", "", ":stop"], route: Fixtures.fullRoute, caseFile: Self.reportCase, startAt: "actieplan")
        #expect(run.outcome == .stopped)
        #expect(run.caseFile.answers["actieplan"] == nil)
        #expect(run.caseFile.drafts["actieplan"] == .actions([
            ActionItem(what: "melden bij het parket", who: "ik", recipients: ["het parket"], ground: "458bis")
        ]))
        #expect(run.caseFile.conditionJudgments["art-458bis"]?["bound"] == ConditionJudgment(.yes))
    }
}
