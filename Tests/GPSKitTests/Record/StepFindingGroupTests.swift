import Testing

@testable import GPSKit

/// A finding that says the same of several steps is said once in the record, and no finding is
/// lost on the way: every step and every answer read stays.
@Suite struct StepFindingGroupTests {
    private func finding(_ rule: String, step: String, name: String = "Griet", level: FindingLevel = .toCheck) -> Finding {
        Finding(
            rule: rule, level: level, message: "shared", arguments: ["step": step, "name": name],
            basis: ["actieplan #\(step)", name])
    }

    @Test func theSameFindingForTwoStepsIsOneGroupReadingBothSteps() {
        let groups = StepFindingGroup.grouping([finding("G1", step: "1"), finding("R6", step: "1"), finding("G1", step: "5")])
        #expect(groups.count == 2)
        #expect(groups[0].finding.arguments["step"] == "1")
        #expect(groups[0].otherSteps == ["5"])
        #expect(groups[0].basis == ["actieplan #1", "actieplan #5", "Griet"])
        #expect(groups[1].finding.rule == "R6")
    }

    @Test func anythingElseThatDiffersKeepsTwoFindings() {
        let otherName = StepFindingGroup.grouping([finding("G1", step: "1"), finding("G1", step: "2", name: "de huisarts")])
        let otherLevel = StepFindingGroup.grouping([finding("G1", step: "1"), finding("G1", step: "2", level: .problem)])
        var otherMessage = finding("G1", step: "2")
        otherMessage.message = "other"
        #expect(otherName.count == 2)
        #expect(otherLevel.count == 2)
        #expect(StepFindingGroup.grouping([finding("G1", step: "1"), otherMessage]).count == 2)
    }

    @Test func twoFindingsOnTheSameStepAreNeverFoldedIntoOne() {
        let groups = StepFindingGroup.grouping([finding("G1", step: "1"), finding("G1", step: "1"), finding("G1", step: "3")])
        #expect(groups.count == 2)
        #expect(groups[0].otherSteps == ["3"])
        #expect(groups[1].otherSteps.isEmpty)
    }

    @Test func theRecordSaysTheOtherStepsAndStatesEachRuleOnce() {
        let texts = MessageTable.embedded(.nl)
        let findings = [finding("G1", step: "1"), finding("G1", step: "4"), finding("G1", step: "5")]
        let section = FindingsSection(texts: texts).blocks(findings).joined(separator: "\n")
        #expect(section.contains("Zo ook stappen 4 en 5."))
        // The summary states G1, so the section does not state it again.
        #expect(!section.contains(FindingText(texts: texts).rule(of: findings[0])))
        #expect(section.contains("actieplan \\#1; actieplan \\#4; actieplan \\#5; Griet"))
    }

    @Test func aRuleTheSummaryLeftOutIsStatedInTheSection() {
        let texts = MessageTable.embedded(.nl)
        let rules = ["G1", "R2", "R3", "R4", "R5", "R6", "R8"]
        let findings = rules.map { finding($0, step: "1") }
        #expect(RecordSummary.listedRules(findings) == Array(rules.prefix(RecordSummary.listLimit)))
        let section = FindingsSection(texts: texts).blocks(findings).joined(separator: "\n")
        let words = FindingText(texts: texts)
        #expect(section.contains("*" + words.rule(of: findings[6]) + ".*"))
        #expect(!section.contains(words.rule(of: findings[5])))
    }
}
