import Foundation
import Testing

@testable import GPSKit

/// The names of intervision colleagues typed in free text ("Jamal: …", "Katriens punt") leave
/// the anonymous export as "deelnemer N", Markdown and HTML alike, and the leak check finds
/// what would remain.
@Suite struct ColleagueNamesTests {
    let nl = MessageTable.embedded(.nl)

    func caseWithASession() -> CaseFile {
        var file = Fixtures.emptyCase()
        file.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "Ilse", relation: "cliënt", category: .client)])
        file.answers["feiten"] = .list(["Jamal: bel de huisarts eerst.", "Katriens punt over Ilse bleef hangen."])
        var session = IntervisionSession(day: Fixtures.day)
        session.facilitator = "Wouter"
        session.participants = ["Katrien", "Jamal"]
        session.additions = ["feiten": ["Volgens Katrién wacht Ilse op ons.", "Wouter vatte samen; K. knikte."]]
        session.proposals = [Proposal(participant: "Jamal", decision: "Met Katrien samen gaan", argument: "Jamals ervaring")]
        session.socratic = SocraticDialogue(question: "Waarom zwijgt Ilse tegen Jamal?", whys: ["Omdat Katrien het vroeg"])
        session.ownerDecision = OwnerDecision(decision: "Eerst praten", argument: "zoals JAMAL zei")
        file.intervisions = [session]
        return file
    }

    func anonymous() throws -> AnonymousCase {
        AnonymousCase(caseWithASession(), questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: nl, today: Fixtures.day)
    }

    @Test func colleaguesAreNumberedInEveryFreeText() throws {
        let file = try anonymous().caseFile
        #expect(file.answers["feiten"] == .list(["Deelnemer 2: bel de huisarts eerst.", "Het punt van deelnemer 1 over de cliënt bleef hangen."]))
        let session = file.intervisions[0]
        #expect(session.participants == ["deelnemer 1", "deelnemer 2"])
        #expect(session.additions["feiten"] == ["Volgens deelnemer 1 wacht de cliënt op ons.", "De begeleider vatte samen; deelnemer 1 knikte."])
        #expect(session.proposals[0].decision == "Met deelnemer 1 samen gaan")
        #expect(session.proposals[0].argument == "De ervaring van deelnemer 2")
        #expect(session.socratic?.whys == ["Omdat deelnemer 1 het vroeg"])
        #expect(session.ownerDecision?.argument == "zoals deelnemer 2 zei")
    }

    @Test func aColleagueKeepsHerNumberInALaterSession() throws {
        var file = caseWithASession()
        var later = IntervisionSession(day: Fixtures.day)
        later.participants = ["Sofie", "Jamal"]
        later.proposals = [Proposal(participant: "Sofie", decision: "Wachten", argument: "Jamal had gelijk")]
        file.intervisions.append(later)
        let anonymous = AnonymousCase(file, questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: nl, today: Fixtures.day)
        #expect(anonymous.caseFile.intervisions[1].participants == ["deelnemer 3", "deelnemer 2"])
        #expect(anonymous.caseFile.intervisions[1].proposals[0].participant == "deelnemer 3")
        #expect(anonymous.caseFile.intervisions[1].proposals[0].argument == "Deelnemer 2 had gelijk")
    }

    @Test func theRenderedExportKeepsNoColleagueOrStakeholderName() throws {
        let anonymous = try anonymous()
        let markdown = MarkdownRecordRenderer(questionnaire: Fixtures.fullRoute, texts: nl)
            .render(anonymous.caseFile, reasoning: anonymous.reasoning)
        let html = HTMLRecordRenderer(questionnaire: Fixtures.fullRoute, texts: nl).render(anonymous.caseFile, reasoning: anonymous.reasoning)
        for record in [markdown, html] {
            #expect(anonymous.remainingNames(in: record).isEmpty, "\(anonymous.remainingNames(in: record))")
            for name in ["Katrien", "Katrién", "Jamal", "JAMAL", "Wouter", "Ilse"] { #expect(!record.contains(name), "\(name)") }
        }
    }

    @Test func theLeakCheckFindsNamesInAnySpellingAndIdentifiers() throws {
        let check = PrivacyLeakCheck(case: caseWithASession(), today: Fixtures.day)
        let leaks = check.leaks(in: "Voor KATRIEN en ilse: bel 0470 12 34 56.")
        #expect(leaks.map(\.kind) == [.name, .name, .identifier(.phone)])
        #expect(leaks.map(\.offset) == [5, 16, 26])
        #expect(check.leaks(in: "Deelnemer 1 belde de cliënt.").isEmpty)
    }
}
