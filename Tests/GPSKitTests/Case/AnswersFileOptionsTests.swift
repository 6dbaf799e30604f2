import Foundation
import Testing

@testable import GPSKit

/// Judgments in an answers file: a point with options takes the options that hold, `none` or
/// `unknown`; a plain yes from older files still reads; a provision a step rests on may be
/// judged though H1 does not name it; and an answers file from before grounds still imports.
@Suite struct AnswersFileOptionsTests {
    func imported(_ conditions: String, norms: String = #""wetgeving": ["art. 458bis"], "#, plan: String = "") throws -> CaseFile {
        let text = #"{"date": "2026-11-20", "answers": {\#(norms)\#(plan)"betrokkenen": [{"name": "mama", "category": "client"}, {"name": "de huisarts", "category": "services"}]}, "conditions": \#(conditions)}"#
        let file = try AnswersFile(text: text, name: "a.json")
        return try CaseFile.importing(file, route: Fixtures.fullRoute, id: Fixtures.id, title: "t", date: Fixtures.day, now: Fixtures.moment)
    }

    @Test func optionsNoneUnknownAndAPlainYesAreRead() throws {
        let caseFile = try imported(#"{"458bis": {"listed-offence": {"options": ["violence", "neglect"]}, "protected-victim": {"options": "none"}, "cannot-protect": {"options": "unknown"}, "bound": {"judgment": "yes"}}}"#)
            .conditionJudgments["art-458bis"]
        #expect(caseFile?["listed-offence"] == ConditionJudgment(.yes, options: ["violence", "neglect"]))
        #expect(caseFile?["protected-victim"] == ConditionJudgment(.no))
        #expect(caseFile?["bound"] == ConditionJudgment(.yes))
    }

    @Test func anOptionThePointDoesNotOfferIsRefusedNamingTheKnownOnes() {
        #expect(throws: AnswersFileError.self) { try imported(#"{"458bis": {"listed-offence": {"options": ["theft"]}}}"#) }
        let text = AnswersProblemText.describe(
            .unknownOption(provision: "458bis", condition: "listed-offence", value: "theft", known: ["sexual", "violence"]), .embedded(.nl))
        #expect(text == "conditions, 458bis, listed-offence: theft is geen keuze bij dit punt (kies uit: sexual, violence, none, unknown)")
    }

    @Test func aProvisionAStepRestsOnMayBeJudgedThoughH1DoesNotNameIt() throws {
        let plan = #""actieplan": [{"what": "bellen", "recipients": ["de huisarts"], "ground": "consent"}], "#
        let caseFile = try imported(#"{"toestemming": {"knows": {"judgment": "yes"}}}"#, norms: "", plan: plan)
        #expect(caseFile.conditionJudgments["toestemming"]?["knows"] == ConditionJudgment(.yes))
        #expect(throws: AnswersFileError.self) { try imported(#"{"toestemming": {"knows": {"judgment": "yes"}}}"#, norms: "") }
    }

    @Test func anAnswersFileFromBeforeGroundsStillImportsWithItsStepsRead() throws {
        let text = try PackageRoot.text("Tests/GPSKitTests/Case/Fixtures/antwoorden-voor-gronden.json")
        let file = try AnswersFile(text: text, name: "oud.json")
        let caseFile = try CaseFile.importing(
            file, route: Fixtures.fullRoute, id: Fixtures.id, title: "oud", date: try #require(file.date), now: Fixtures.moment)
        guard case .actions(let plan)? = caseFile.answers["actieplan"] else {
            Issue.record("no plan")
            return
        }
        #expect(plan[0].participants == ["Griet"] && plan[0].recipients == ["Griet"] && plan[0].ground == nil)
        #expect(plan[3].participants.contains("Ilse (29)") && plan[3].recipients == ["Ilse (29)", "de huisarts"])
        #expect(caseFile.conditionJudgments["art-458bis"]?["listed-offence"] == ConditionJudgment(.yes, why: "Slagen is opzettelijk geweld."))
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded())
        #expect(reasoning.verdict(for: "art-458bis")?.openPoints.contains { $0.reason == .optionMissing } == true,
                "a yes without the offence's category leaves that point open")
        #expect(reasoning.findings.filter { $0.rule == "G1" }.map(\.level) == [.attention, .attention], "steps without a ground ask for one")
    }
}
