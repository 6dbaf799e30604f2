import Foundation
import Testing

@testable import GPSKit

/// The `conditions` field of an answers file: her judgments of the conditions of each provision
/// her answer to H1 names, checked against the rulebook.
@Suite struct AnswersFileConditionsTests {
    func importing(_ conditions: String, norms: String = #"["art. 458bis Sw.", "artikel 422"]"#) throws(AnswersFileError) -> CaseFile {
        let file = try AnswersFile(text: #"{"answers": {"wetgeving": \#(norms)}, "conditions": \#(conditions)}"#, name: "a.json")
        return try CaseFile.importing(
            file, route: Fixtures.fullRoute, id: Fixtures.id, title: "T", date: Fixtures.day, now: Fixtures.moment)
    }

    func problems(_ conditions: String) -> [AnswersFileProblem] {
        do {
            _ = try importing(conditions)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func judgmentsAreStoredUnderTheProvisionIdWhateverNameTheFileUses() throws {
        let caseFile = try importing(#"""
            {"458bis": {"bound": {"judgment": "yes", "why": "ik ben verzorgende"}, "danger-others": {"judgment": "notSure"}},
             "art-422bis": {"great-danger": {"judgment": "no"}}}
            """#)
        #expect(caseFile.conditionJudgments["art-458bis"]?["bound"] == ConditionJudgment(.yes, why: "ik ben verzorgende"))
        #expect(caseFile.conditionJudgments["art-458bis"]?["danger-others"] == ConditionJudgment(.notSure))
        #expect(caseFile.conditionJudgments["art-422bis"]?["great-danger"] == ConditionJudgment(.no))
    }

    @Test func everyProblemIsNamed() {
        let found = problems(#"""
            {"459": {}, "458ter": {"organised": {"judgment": "yes"}},
             "458bis": {"c1": {"judgment": "yes"}, "right-not-duty": {"judgment": "yes"}, "bound": {"judgment": "ja"},
                        "through-work": "yes"}}
            """#)
        #expect(found.contains(.unknownProvision("459")))
        #expect(found.contains(.provisionNotNamed("458ter", question: "wetgeving")))
        #expect(found.contains { if case .unknownCondition("458bis", "c1", let known) = $0 { known.contains("bound") } else { false } })
        #expect(found.contains { if case .unknownCondition("458bis", "right-not-duty", _) = $0 { true } else { false } }, "a note is not judged")
        #expect(found.contains(.unknownJudgment(provision: "458bis", condition: "bound", value: "ja")))
        #expect(found.contains(.wrongFieldType(field: "conditions.458bis.through-work")))
        #expect(found.count == 6)
    }

    @Test func theMessagesNameTheProvisionConditionAndValue() {
        let texts = MessageTable.embedded(.nl)
        let line = AnswersProblemText.describe(.unknownJudgment(provision: "458bis", condition: "bound", value: "ja"), texts)
        #expect(line == "conditions, 458bis, bound: ja is geen oordeel (kies uit: yes, no, notSure)")
        let english = AnswersProblemText.describe(.unknownProvision("459"), .embedded(.en))
        #expect(english == "conditions: 459 is not in the rulebook")
    }

    @Test func conditionsThatAreNotAnObjectAreRefused() {
        #expect(throws: AnswersFileError.self) { try AnswersFile(text: #"{"conditions": []}"#, name: "a.json") }
    }

    @Test func aCaseWithoutJudgmentsKeepsItsExactBytesAndJudgmentsRoundTrip() throws {
        var caseFile = Fixtures.emptyCase()
        #expect(!String(decoding: try CaseCoding.encode(caseFile), as: UTF8.self).contains("conditionJudgments"))
        caseFile.conditionJudgments = ["art-458": ["bound": ConditionJudgment(.yes, why: "x")]]
        let back = try CaseCoding.decode(try CaseCoding.encode(caseFile), path: "c.json")
        #expect(back == caseFile)
    }
}
