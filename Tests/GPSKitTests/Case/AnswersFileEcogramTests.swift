import Foundation
import Testing

@testable import GPSKit

/// The ecogram fields of stakeholders in an answers file, and earlier pictures of the network.
@Suite struct AnswersFileEcogramTests {
    let day = CaseDay(year: 2026, month: 11, day: 20)!

    func importing(_ text: String) throws(AnswersFileError) -> CaseFile {
        let file = try AnswersFile(text: text, name: "a.json")
        return try CaseFile.importing(
            file, route: Fixtures.fullRoute, id: Fixtures.id, title: "T", date: day, now: Fixtures.moment)
    }

    func problems(_ text: String) -> [AnswersFileProblem] {
        do {
            _ = try importing(text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func everyEcogramFieldIsReadByItsID() throws {
        let caseFile = try importing("""
            {"answers": {"betrokkenen": [{"name": "consulent", "category": "society", "tie": "stressful",
              "support": "none", "context": "forced", "familyKnows": false}]}}
            """)
        #expect(caseFile.stakeholders == [
            Stakeholder(name: "consulent", category: .society, tie: .stressful, support: SupportDirection.neither,
                        context: .forced, familyKnows: false),
        ])
        #expect(caseFile.ecograms.map(\.day) == [day], "the imported network is the picture of the case date")
    }

    @Test func anUnknownValueNamesTheFieldAndTheAllowedOnes() {
        #expect(problems(#"{"answers": {"betrokkenen": [{"name": "X", "tie": "sterk"}]}}"#) == [
            .unknownEntryValue(question: "betrokkenen", entry: 1, field: "tie", value: "sterk",
                               allowed: ["strong", "weak", "stressful", "broken"]),
        ])
        #expect(problems(#"{"answers": {"betrokkenen": [{"name": "X", "familyKnows": "ja"}]}}"#)
            == [.wrongType(question: "betrokkenen", expected: .stakeholders)])
    }

    @Test func earlierNetworksComeBeforeTodaysAndInDateOrder() throws {
        let caseFile = try importing("""
            {"earlierEcograms": [
               {"date": "2026-11-13", "stakeholders": [{"name": "Mama", "category": "client"}]},
               {"date": "2026-11-06", "stakeholders": []}],
             "answers": {"betrokkenen": [{"name": "Mama", "category": "client"}, {"name": "CLB"}]}}
            """)
        #expect(caseFile.ecograms.map(\.day.description) == ["2026-11-06", "2026-11-13", "2026-11-20"])
        #expect(caseFile.previousEcogram?.stakeholders.map(\.name) == ["Mama"])
    }

    @Test func anEarlierNetworkMustBeEarlierAndWellFormed() {
        #expect(problems(#"{"earlierEcograms": [{"date": "2026-11-20", "stakeholders": []}]}"#)
            == [.ecogramNotEarlier(day)])
        #expect(problems(#"{"earlierEcograms": [{"date": "gisteren"}]}"#)
            == [.invalidDate(field: "earlierEcograms.date", value: "gisteren")])
        #expect(problems(#"{"earlierEcograms": [{"date": "2026-11-01", "people": []}]}"#)
            == [.wrongFieldType(field: "earlierEcograms")])
        #expect(problems(#"{"earlierEcograms": {"date": "2026-11-01"}}"#) == [.wrongFieldType(field: "earlierEcograms")])
    }
}
