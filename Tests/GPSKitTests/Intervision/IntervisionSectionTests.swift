import Foundation
import Testing

@testable import GPSKit

@Suite struct IntervisionSectionTests {
    func record(_ caseFile: CaseFile) -> String {
        MarkdownRecordRenderer(questionnaire: Fixtures.fullRoute, texts: .embedded(.nl)).render(caseFile)
    }

    func caseWithSessions(_ count: Int) throws -> CaseFile {
        var caseFile = try IntervisionReplayTests.exampleCase()
        for number in 1...count {
            var session = IntervisionSession(day: CaseDay(year: 2027, month: 1, day: number)!)
            session.participants = ["An", "B|o"]
            session.additions = ["gemiste-vermoedens": ["Misschien *weet* de zus het"], "gemiste-feiten": ["Feit <x>"]]
            session.proposals = [
                Proposal(participant: "An", decision: "Praten | wachten", argument: "Vertrouwen"),
                Proposal(participant: "B|o", decision: "Bellen", argument: ""),
            ]
            session.socratic = SocraticDialogue(question: "Wanneer?", whys: ["Omdat"])
            session.ownerDecision = OwnerDecision(decision: "Beslissing \(number)", argument: "Argument \(number)")
            session.finished = true
            caseFile.intervisions.append(session)
        }
        return caseFile
    }

    @Test func aCaseWithoutIntervisionHasNoSection() throws {
        #expect(!record(try IntervisionReplayTests.exampleCase()).contains("## Intervisie"))
    }

    @Test func sessionsAppearInOrderWithTheirAdditionsProposalsAndDialogue() throws {
        let text = record(try caseWithSessions(2))
        let first = try #require(text.range(of: "### Intervisie van 1 januari 2027"))
        let second = try #require(text.range(of: "### Intervisie van 2 januari 2027"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(text.contains("**Aanvullingen van de groep (1 januari 2027); los van de antwoorden van de casus**"))
        #expect(text.contains("- *vermoeden:* Misschien \\*weet\\* de zus het"))
        #expect(text.contains("- Feit \\<x\\>"))
        #expect(text.contains("| An | Praten \\| wachten | Vertrouwen |"))
        #expect(text.contains("| B\\|o | Bellen |  |"))
        #expect(text.contains("- **Fundamentele vraag:** Wanneer?"))
    }

    @Test func theDecisionLogMarksEachLaterDecisionAsSupersedingTheEarlier() throws {
        let text = record(try caseWithSessions(2))
        let log = try #require(text.components(separatedBy: "### Beslissingen in de tijd").last)
        let rows = log.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
        #expect(rows.count == 3)
        #expect(rows[rows.startIndex].contains("eerste beslissing, in de casus; vervangen op 1 januari 2027"))
        #expect(rows[rows.startIndex + 1].contains("Beslissing 1 | Argument 1 | na de intervisie; vervangt de beslissing van 17 november 2026; vervangen op 2 januari 2027"))
        #expect(rows[rows.startIndex + 2].contains("vervangt de beslissing van 1 januari 2027; geldt nu"))
    }

    @Test func anUnfinishedSessionSaysSo() throws {
        var caseFile = try caseWithSessions(1)
        caseFile.intervisions[0].finished = false
        caseFile.intervisions[0].ownerDecision = nil
        let text = record(caseFile)
        #expect(text.contains("(nog niet afgerond)"))
        #expect(text.contains("Geen nieuwe beslissing genomen in deze intervisie."))
        #expect(!text.contains("### Beslissingen in de tijd"))
    }

    @Test func anOlderCaseFileWithoutIntervisionsLoadsAndSavesTheSameBytes() throws {
        let caseFile = try IntervisionReplayTests.exampleCase()
        let data = try CaseCoding.encode(caseFile)
        #expect(!String(decoding: data, as: UTF8.self).contains("intervisions"))
        let loaded = try CaseCoding.decode(data, path: "x")
        #expect(loaded.intervisions.isEmpty)
        let withSessions = try caseWithSessions(1)
        #expect(try CaseCoding.decode(CaseCoding.encode(withSessions), path: "x") == withSessions)
    }

    @Test func theGuideIsNotARouteAndCoversTheSocraticDialogueAndJudgementAgain() throws {
        let library = Fixtures.library
        #expect(!library.questionnaires.map(\.id).contains("intervisie"))
        let guide = try #require(library.intervisionGuide)
        let covered = Set(guide.questions.flatMap(\.covers))
        #expect(covered.isSuperset(of: ["D5", "O1", "O2", "O3", "O4"]))
        let roles: [QuestionRole] = [.facilitator, .participants, .proposalDecision, .proposalArgument, .fundamentalQuestion, .whys, .decisiveArgument, .decision]
        for role in roles { #expect(guide.question(withRole: role) != nil, "\(role)") }
        #expect(guide.question(withRole: .proposalDecision)?.prompt.nl.contains("{name}") == true)
    }
}
