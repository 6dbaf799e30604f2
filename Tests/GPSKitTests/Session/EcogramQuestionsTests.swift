import Foundation
import Testing

@testable import GPSKit

/// The ecogram questions the wizard asks after each stakeholder.
@Suite struct EcogramQuestionsTests {
    func run(_ lines: [String]) throws -> (outcome: WizardSession.Outcome, console: ScriptedConsole, caseFile: CaseFile) {
        let console = ScriptedConsole(lines)
        let saves = SaveRecorder()
        var wizard = Wizard(questionnaire: Fixtures.fullRoute, caseFile: Fixtures.emptyCase())
        _ = wizard.move(to: "betrokkenen")
        var session = WizardSession(
            wizard: wizard, console: console, texts: .embedded(.nl), clock: { Fixtures.moment }, save: saves.save)
        session.timeZone = TimeZone(identifier: "Europe/Brussels")!
        let outcome = try session.run()
        return (outcome, console, saves.last!)
    }

    /// Issue 11: what GPS can propose, it proposes on one line; one Enter takes all of it.
    @Test func oneEnterTakesTheWholeProposal() throws {
        let run = try run(["CLB", "school van Mila", "", "", "", "", ":stop"])
        let clb = try #require(run.caseFile.stakeholders.first)
        #expect(clb == Stakeholder(name: "CLB", relation: "school van Mila", category: .services, tie: .weak,
                                   support: .toClient, context: .voluntary, familyKnows: true))
        #expect(run.console.output.contains(
            "Voor het ecogram stelt GPS voor: andere diensten · zwakke band · steun naar de cliënt · vrijwillige hulp · het gezin weet ervan"))
        #expect(!run.console.output.contains("Waar hoort"), "nothing asked one by one")
    }

    @Test func adjustingAsksOneByOneWithTheProposalAsDefault() throws {
        let run = try run(["CLB", "school van Mila", "", "", "a", "", "", "", "", "", "", ":stop"])
        let clb = try #require(run.caseFile.stakeholders.first)
        #expect(clb.context == .voluntary && clb.familyKnows == true)
        #expect(run.console.output.contains("(Enter = andere diensten)"))
    }

    @Test func numbersAndWordStartsPickAnOptionAndNonsenseIsAskedAgain() throws {
        let run = try run(["Kevin", "partner", "", "", "a", "samenleving", "9", "ge", "steun", "geen", "", "n", "", ":stop"])
        let kevin = try #require(run.caseFile.stakeholders.first)
        #expect(kevin.category == .society)
        #expect(kevin.tie == .stressful, "'ge' starts one label only")
        #expect(kevin.support == SupportDirection.neither)
        #expect(kevin.context == .forced, "for society GPS proposes forced help")
        #expect(kevin.familyKnows == false)
        #expect(run.console.output.components(separatedBy: "Dat ken ik niet").count == 3, "'9' and 'steun' (three labels) are asked again")
    }

    @Test func aClientIsOnlyAskedWhereSheBelongs() throws {
        let run = try run(["Ilse", "de cliënt", "", "", "", "", ":stop"])
        #expect(run.caseFile.stakeholders.first?.category == .client)
        #expect(!run.console.output.contains("Hoe is de band"))
    }

    @Test func changingTheCategoryAlsoChangesTheSuggestedTieAndSupport() throws {
        let run = try run(["Jef", "vriend", "", "", "a", "2", "", "", "", ":stop"])
        let jef = try #require(run.caseFile.stakeholders.first)
        #expect(jef.category == .household && jef.tie == .strong && jef.support == .both)
        #expect(jef.familyKnows == nil, "the household is not asked whether the family knows")
    }

    @Test func stoppingInTheEcogramQuestionsKeepsThePersonAsADraft() throws {
        let run = try run(["Rita", "buurvrouw", "boodschappen", "niets", "a", "", "1", ":stop"])
        #expect(run.outcome == .stopped)
        #expect(run.caseFile.drafts["betrokkenen"] == .stakeholders([
            Stakeholder(name: "Rita", relation: "buurvrouw", interest: "boodschappen", expects: "niets", tie: .strong),
        ]))
    }

    @Test func finishingTheListDatesTheNetwork() throws {
        let run = try run(["Ilse", "de cliënt", "", "", "", "", "", "", ":stop"])
        #expect(run.caseFile.ecograms.map(\.day) == [CaseDay(Fixtures.moment, in: TimeZone(identifier: "Europe/Brussels")!)])
    }

    /// Issue 11: "Waar hoort Mijn teamverantwoordelijke bij?", "Weet het gezin dat Huisarts
    /// betrokken is?". A name read in a sentence gets its small letter or its article; a
    /// person's own name stays.
    @Test func namesReadAsPartOfTheSentence() throws {
        let manager = try run(["Mijn teamverantwoordelijke", "verantwoordelijke", "", "", "a", "", "", "", "", "", ":stop"])
        #expect(manager.console.output.contains("Waar hoort mijn teamverantwoordelijke bij?"))
        let doctor = try run(["Huisarts", "dokter van mama", "", "", "a", "", "", "", "", "", ":stop"])
        #expect(doctor.console.output.contains("Weet het gezin dat de huisarts betrokken is?"))
        let sara = try run(["Sara", "buurvrouw", "", "", "a", "", "", "", "", "", ":stop"])
        #expect(sara.console.output.contains("Waar hoort Sara bij?"))
        for output in [manager, doctor, sara].map(\.console.output) {
            let wrong = try NSRegularExpression(pattern: #"\b(dat|hoort) (Mijn|De|Het|Huisarts)\b"#)
            #expect(wrong.firstMatch(in: output, range: NSRange(output.startIndex..., in: output)) == nil)
        }
    }
}
