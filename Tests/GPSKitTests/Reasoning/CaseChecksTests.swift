import Testing

@testable import GPSKit

@Suite struct CaseChecksTests {
    typealias Step = CheckCase

    @Test func everyRuleTheMethodMarksAsACheckHasOneAndEveryRuleHasText() {
        let rules = SecrecyRules.embedded
        #expect(rules.ids == ["G1"] + (1...13).map { "R\($0)" })
        #expect(rules.ids.filter { rules.rules[$0]?.check == true } == CaseChecks.rules)
        for id in rules.ids {
            let rule = rules.rules[id]!
            for text in [rule.title, rule.text] + Array(rule.messages.values) {
                #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(id)")
            }
        }
    }

    @Test func anEmptyCaseGivesOneFindingPerRuleAllInOrderButTheUnansweredDanger() {
        let findings = CheckCase(actions: [], answers: [:], familyInformed: nil).all
        #expect(findings.map(\.rule) == CaseChecks.rules)
        #expect(findings.filter { $0.level != .ok }.map(\.rule) == ["R8"], "an unanswered question about danger is never in order")
    }

    @Test func everyFindingHasAMessageInBothLanguagesAndNamesWhatItRead() {
        var messy = CheckCase(familyInformed: "niet")
        messy.people[1].support = .neither
        messy.people[1].familyKnows = false
        messy.people[3].expects = "laat me elke week weten hoe het gaat"
        messy.answers = ["vermoedens": .list(["x"]), "acuut-gevaar": .yesNo(true), "argumenten": .list(["om hem te straffen"])]
        messy.actions = [Step.step("naar het LCO", due: "1/12", with: ["consulent", "Lies"])]
        for finding in messy.all {
            for language in Language.allCases {
                let text = SecrecyRules.embedded.message(of: finding, in: language)
                #expect(!text.contains("{") && !text.hasPrefix(finding.rule + "."), "\(finding)")
            }
            #expect(!finding.basis.isEmpty)
        }
        #expect(CaseChecks.hasProblems(messy.all))
    }

    // R2
    @Test func sharingWithAManagerWhoTakesNoPartNeedsAttention() {
        var check = CheckCase(actions: [Step.step("overleg", with: ["Lies"])])
        #expect(check.levels("R2") == [.ok])
        check.people[1].support = SupportDirection.neither
        #expect(check.levels("R2") == [.attention])
        #expect(check.findings("R2")[0].basis == ["actieplan #1", "Lies"])
    }

    // R3
    @Test func sharingWithATeamTheFamilyDoesNotKnowIsAProblem() {
        var check = CheckCase(actions: [Step.step("overleg", with: ["Lies"])])
        #expect(check.levels("R3") == [.ok])
        check.people[1].familyKnows = false
        #expect(check.levels("R3") == [.problem])
        check.people[1].familyKnows = nil
        #expect(check.levels("R3") == [.attention])
    }

    // R4
    @Test func aConsultantAskingForReportsIsToCheckAndSharingWithHerIsAProblem() {
        var check = CheckCase()
        #expect(check.levels("R4") == [.ok])
        check.people[3].expects = "dat ik een oogje in het zeil hou"
        #expect(check.levels("R4") == [.toCheck])
        check.actions = [Step.step("mail", with: ["consulent"])]
        #expect(check.levels("R4") == [.problem])
        #expect(check.findings("R4")[0].arguments["phrase"] == "oogje in het zeil")
    }

    @Test func aDeniedRequestForControlIsNotAHit() {
        var check = CheckCase()
        check.people[3].expects = "ze heeft me nooit gevraagd om te rapporteren"
        #expect(check.levels("R4") == [.ok])
    }

    // R5
    @Test func tellingAnOutsiderWithoutTheFamilyNeedsAttention() {
        var check = CheckCase(actions: [Step.step("samen naar het CLB", with: ["mama", "CLB"])])
        #expect(check.levels("R5") == [.ok])
        check.actions = [Step.step("mail aan het CLB", with: ["CLB"])]
        #expect(check.levels("R5") == [.attention])
    }

    // R6
    @Test(arguments: [
        ("al-besproken", FindingLevel.ok), ("niet", .problem), ("geen-stap-naar-buiten", .attention),
    ])
    func theFamilyFirstAnswerDecidesAStepOutward(answer: String, level: FindingLevel) {
        let check = CheckCase(actions: [Step.step("mail", with: ["CLB"])], familyInformed: answer)
        #expect(check.levels("R6") == [level])
    }

    @Test func withoutAFamilyFirstAnswerAStepOutwardIsAProblemAndWithoutOneNothing() {
        #expect(CheckCase(actions: [Step.step("mail", with: ["CLB"])], familyInformed: nil).levels("R6") == [.problem])
        #expect(CheckCase(actions: [Step.step("poetsen")], familyInformed: nil).levels("R6") == [.ok])
    }

    @Test func talkingFirstMeansATalkWithTheFamilyNoLaterThanTheStepOutward() {
        let talk = Step.step("gesprek met mama", due: "dinsdag 24/11", with: ["mama"])
        let mail = Step.step("mail aan het CLB", due: "maandag 23/11", with: ["CLB"])
        #expect(CheckCase(actions: [talk, mail], familyInformed: "eerst-bespreken").levels("R6") == [.attention])
        let laterMail = Step.step("mail aan het CLB", due: "25/11", with: ["CLB"])
        #expect(CheckCase(actions: [laterMail, talk], familyInformed: "eerst-bespreken").levels("R6") == [.ok])
        let undated = Step.step("mail aan het CLB", with: ["CLB"])
        #expect(CheckCase(actions: [undated, Step.step("gesprek", with: ["mama"])], familyInformed: "eerst-bespreken").levels("R6") == [.attention])
        #expect(CheckCase(actions: [Step.step("gesprek", with: ["mama"]), undated], familyInformed: "eerst-bespreken").levels("R6") == [.ok])
    }

    // R7
    @Test func punishingOrSoothingWordsInTheReasonsAreToCheckNeverAProblem() {
        var check = CheckCase()
        check.answers["argumenten"] = .list(["Het gezin steunen."])
        #expect(check.levels("R7") == [.ok])
        check.answers["argumenten"] = .list(["Dan kan ik gerust zijn."])
        check.answers["beslissing"] = .text("Hij moet een lesje leren.")
        #expect(check.levels("R7") == [.toCheck, .toCheck])
        #expect(check.findings("R7").map(\.basis) == [["argumenten"], ["beslissing"]])
        check.answers["beslissing"] = .text("Ik spreek, niet om te straffen.")
        #expect(check.levels("R7") == [.toCheck])
    }

    // R8
    @Test func acuteDangerWithoutAStepIsAProblem() {
        var check = CheckCase()
        check.answers["acuut-gevaar"] = .yesNo(true)
        #expect(check.levels("R8") == [.problem])
        check.actions = [ActionItem(what: "huisarts bellen", who: "ik", due: "vandaag")]
        #expect(check.levels("R8") == [.ok])
        check.actions = [ActionItem(what: "huisarts bellen", who: "ik", due: "15/12")]
        #expect(check.levels("R8") == [.problem])
        check.actions = [ActionItem(what: "huisarts bellen", who: "ik", due: "binnenkort")]
        #expect(check.levels("R8") == [.toCheck])
    }

    @Test func helpInAcuteDangerNeedsSomeoneWhoDoesItTodayAndTomorrowIsNotNow() {
        var check = CheckCase()
        check.answers["acuut-gevaar"] = .yesNo(true)
        check.actions = [Step.step("huisarts bellen", due: "vandaag")]
        #expect(check.findings("R8").map(\.message) == ["nobodyActs"])
        #expect(check.levels("R8") == [.problem])
        check.actions = [ActionItem(what: "huisarts bellen", who: "ik", due: "morgen")]
        #expect(check.findings("R8").map(\.message) == ["helpTooLate"])
        check.actions = [ActionItem(what: "112 bellen", who: "ik", due: "nu meteen")]
        #expect(check.levels("R8") == [.ok])
        check.actions = [ActionItem(what: "huisarts bellen", who: "ik", due: CheckCase.day.description)]
        #expect(check.levels("R8") == [.ok], "due on the day of the case is today")
    }

    @Test func dangerWordsInTheFactsWithTheQuestionUnansweredAreToCheck() {
        var check = CheckCase(answers: [:])
        check.answers["feiten"] = .list(["Hij dreigde met een mes."])
        #expect(check.levels("R8") == [.toCheck])
        check.answers["feiten"] = .list(["Ze was moe."])
        #expect(check.levels("R8") == [.toCheck], "unanswered is never in order")
        check.answers["acuut-gevaar"] = .yesNo(false)
        check.answers["feiten"] = .list(["Hij dreigde met een mes."])
        #expect(check.levels("R8") == [.ok])
    }

    // R9
    @Test func sharingWithAHelperTheFamilyDoesNotKnowIsAProblemAndSuspicionsNeedAttention() {
        var check = CheckCase(actions: [Step.step("mail", with: ["CLB"])])
        #expect(check.levels("R9") == [.ok])
        check.people[2].familyKnows = false
        #expect(check.levels("R9") == [.problem])
        check.people[2].familyKnows = true
        check.answers["vermoedens"] = .list(["Ik denk dat papa slaat."])
        #expect(check.levels("R9") == [.attention])
    }

    // R10
    @Test func sharingAcrossVoluntaryAndForcedHelpIsAProblem() {
        var check = CheckCase(actions: [Step.step("mail", with: ["CLB"])])
        #expect(check.levels("R10") == [.ok])
        check.actions = [Step.step("mail", with: ["consulent"])]
        #expect(check.levels("R10") == [.problem])
        #expect(check.findings("R10")[0].message == "forcedFromVoluntary")
        check.people[1].context = .forced
        check.actions = [Step.step("mail", with: ["CLB"])]
        #expect(check.findings("R10").map(\.message) == ["voluntaryFromForced"])
    }

    /// Tried in the short route, which does not ask contexts: telling her own manager was "to
    /// check" because her own context was unknown, though it cannot differ from itself.
    @Test func tellingHerOwnOrganisationCrossesNoContext() {
        var check = CheckCase(actions: [Step.step("bespreken", with: ["Lies"])])
        check.people[1].context = nil
        #expect(check.levels("R10") == [.ok])
        check.actions = [Step.step("bespreken", with: ["Lies"]), Step.step("mail", with: ["CLB"])]
        #expect(check.findings("R10").map(\.message) == ["ownContextUnknown"], "another service still needs her own context")
    }

    // R11
    @Test func aStepOutwardWithoutKnowingWhatTheFamilyAsksNeedsAttention() {
        var check = CheckCase(actions: [Step.step("mail", with: ["CLB"])])
        #expect(check.levels("R11") == [.ok])
        check.answers["vraag-gezin"] = .text("  ")
        #expect(check.levels("R11") == [.attention])
        check.actions = [Step.step("poetsen")]
        #expect(check.levels("R11") == [.ok])
    }

    // R12
    @Test func aClientConsultationBeforeTheFamilyHasHeardIsAProblemOrToCheck() {
        var check = CheckCase(actions: [Step.step("zorg inbrengen op het LCO", with: ["CLB"])], familyInformed: "niet")
        #expect(check.levels("R12") == [.problem])
        check.actions = [Step.step("naar het cliëntoverleg")]
        #expect(check.levels("R12") == [.toCheck])
        check.actions = [Step.step("met mama overlopen wat ik op het cliëntoverleg zeg", with: ["mama"])]
        #expect(check.levels("R12") == [.ok])
        check.actions = [Step.step("poetsen")]
        #expect(check.findings("R12").map(\.message) == ["noConsultation"])
    }
}
