import Testing

@testable import GPSKit

/// Issue 11: the English record said "read: actieplan #1". A finding's basis names the answers
/// by their label in the reader's language; names stay as she wrote them.
@Suite struct FindingBasisTests {
    let finding = Finding(rule: "R6", level: .ok, message: "m", basis: ["gezin-eerst", "actieplan #1", "Griet"])

    @Test func theBasisReadsInTheRecordsLanguage() {
        #expect(FindingText(texts: .embedded(.en)).basis(of: finding) == "read: the family first; action plan #1; Griet")
        #expect(FindingText(texts: .embedded(.nl)).basis(of: finding) == "gelezen: het gezin eerst; actieplan #1; Griet")
    }

    @Test func noEnglishRecordShowsADutchAnswerID() throws {
        let (caseFile, route) = try ExamplesTests().caseFile(of: "partnergeweld")
        let record = MarkdownRecordRenderer(questionnaire: route, texts: .embedded(.en)).render(caseFile)
        let bases = record.components(separatedBy: "(read: ").dropFirst().map { $0.prefix { $0 != ")" } }
        #expect(!bases.isEmpty)
        for basis in bases {
            for id in route.questions.map(\.id) where id.contains("-") || id == "actieplan" || id == "betrokkenen" {
                #expect(!basis.contains(id), "\(basis)")
            }
        }
    }
}
