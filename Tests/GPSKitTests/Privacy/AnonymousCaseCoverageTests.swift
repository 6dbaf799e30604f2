import Foundation
import Testing

@testable import GPSKit

/// Everything a case holds goes through the pseudonymiser and the identifier scan, also what
/// was added after the first version of the export: condition reasons and intervision sessions.
@Suite struct AnonymousCaseCoverageTests {
    func caseWithEverything() -> CaseFile {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers["betrokkenen"] = .stakeholders([
            Stakeholder(name: "Ilse", relation: "mama", category: .client), Stakeholder(name: "Kevin", relation: "partner"),
        ])
        caseFile.conditionJudgments = ["art-458bis": ["gevaar": ConditionJudgment(.yes, why: "Kevin dreigde Ilse; bel 0470 12 34 56")]]
        var session = IntervisionSession(day: Fixtures.day)
        session.facilitator = "Marleen"
        session.participants = ["Bo", "An"]
        session.additions = ["feiten": ["Ilse belde de avond erna"]]
        session.proposals = [Proposal(participant: "Bo", decision: "Met Ilse praten", argument: "Kevins woede")]
        session.socratic = SocraticDialogue(question: "Wanneer laat zwijgen Ilse alleen?", whys: ["Omdat Kevin"])
        session.ownerDecision = OwnerDecision(decision: "Ilse eerst", argument: "vertrouwen")
        caseFile.intervisions = [session]
        return caseFile
    }

    @Test func reasonsAndSessionsArePseudonymisedAndScanned() throws {
        let anonymous = AnonymousCase(caseWithEverything(), questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: .embedded(.nl), today: Fixtures.day)
        let encoded = String(decoding: try CaseCoding.encode(anonymous.caseFile), as: UTF8.self)
        for name in ["Ilse", "Kevin", "Marleen", "\"Bo\"", "\"An\""] {
            #expect(!encoded.contains(name), "\(name) is still in the export")
        }
        #expect(anonymous.findings.map(\.location.description) == ["conditions art-458bis gevaar"])
        #expect(anonymous.caseFile.intervisions[0].participants == ["deelnemer 1", "deelnemer 2"])
        #expect(anonymous.caseFile.intervisions[0].proposals[0].participant == "deelnemer 1")
    }

    @Test func maskingReachesTheReasonsToo() throws {
        let anonymous = AnonymousCase(caseWithEverything(), questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), messages: .embedded(.nl), today: Fixtures.day, maskingIdentifiers: true)
        let why = anonymous.caseFile.conditionJudgments["art-458bis"]?["gevaar"]?.why ?? ""
        #expect(!why.contains("0470") && anonymous.isSafeToShare)
    }
}
