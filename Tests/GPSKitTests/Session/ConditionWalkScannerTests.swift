import Foundation
import Testing

@testable import GPSKit

/// What the conditions walk says about the law answer's lines the scanner reads (issue 10): a
/// bare known number is walked, a number the rulebook lacks and an article of another
/// instrument get one line each and are not walked.
@Suite struct ConditionWalkScannerTests {
    @Test func eachLineOfTheLawAnswerIsReadAsTheScannerReadsIt() throws {
        let run = try ConditionWalkTests().run(["422", "Kinderrechtenverdrag art. 19", "art. 458quater", "AVG art. 9", "", ":stop"])
        let output = run.console.output
        #expect(output.contains("Je schreef 422; bedoeld is art. 422bis."))
        #expect(output.contains("Let op: art. 19 van het Kinderrechtenverdrag hoort niet bij het Strafwetboek; het regelboek gaat er niet over, dus GPS kijkt het niet na.\n"))
        #expect(output.contains("Let op: art. 9 van de AVG (GDPR) hoort niet bij het Strafwetboek;"))
        #expect(output.contains("Let op: art. 458quater staat niet in het regelboek en is dus niet nagekeken. De dichtstbijzijnde bepaling is art. 458ter; kijk na of je die bedoelt.\n"))
        #expect(output.contains("de voorwaarden van deze bepaling"), "one provision is walked")
        #expect(!output.contains("Casusoverleg"))
        #expect(!output.contains("art. 422bis; kijk na"))
    }

    @Test func inEnglish() throws {
        let run = try ConditionWalkTests().run(["EVRM art. 8", "", "x"], language: .en)
        #expect(run.console.output.contains("Note: art. 8 of the ECHR is not part of the Criminal Code; the rulebook does not cover it, so GPS does not check it.\n"))
        #expect(run.caseFile.conditionJudgments.isEmpty)
    }
}
