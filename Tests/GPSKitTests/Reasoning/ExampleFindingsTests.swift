import Testing

@testable import GPSKit

/// The worked examples give the findings their stories are about.
@Suite struct ExampleFindingsTests {
    func findings(_ name: String) throws -> [Finding] {
        let file = try AnswersFile(text: try PackageRoot.text("Examples/\(name)/antwoorden.json"), name: name)
        let caseFile = try CaseFile.importing(
            file, route: Fixtures.fullRoute, id: Fixtures.id, title: name, date: file.date ?? Fixtures.day, now: Fixtures.moment)
        return CaseChecks.run(caseFile, questionnaire: Fixtures.fullRoute)
    }

    /// Shared secrecy, the ground she gives, does not reach a party in forced help (G1).
    @Test func reportingWeeklyToTheYouthCourtBehindTheFamilysBackBreaksExactlyG1R6AndR10() throws {
        let problems = try findings("oogje-in-het-zeil").filter { $0.level == .problem }
        #expect(problems.map(\.rule) == ["G1", "R6", "R10"])
        #expect(problems.allSatisfy { $0.basis.contains("de consulent") })
    }

    @Test(arguments: ["blauwe-plekken", "partnergeweld", "zwartwerk"])
    func theOtherExamplesHaveNoProblem(name: String) throws {
        #expect(!CaseChecks.hasProblems(try findings(name)))
    }

    @Test func theConsultantsRequestToWatchIsFlaggedToCheckInBlauwePlekken() throws {
        let r4 = try findings("blauwe-plekken").filter { $0.rule == "R4" }
        #expect(r4.map(\.level) == [.toCheck])
    }
}
