import Foundation
import Testing

@testable import GPSKit

@Suite struct AnswersFileSharingTests {
    let people = #""betrokkenen": [{"name": "mama"}, {"name": "de consulent"}]"#

    func answers(_ json: String) throws(AnswersFileError) -> [String: Answer] {
        try AnswersFile(text: #"{"answers": {\#(json)}}"#, name: "a.json").answers(for: Fixtures.fullRoute).answers
    }

    @Test func sharesWithIsReadAsNamesOfStakeholders() throws {
        let read = try answers(people + #", "actieplan": [{"what": "mail", "sharesWith": ["de consulent"]}]"#)
        #expect(read["actieplan"] == .actions([ActionItem(what: "mail", sharesWith: ["de consulent"])]))
    }

    @Test func aNameThatIsNoStakeholderIsAnErrorNamingTheEntry() {
        let json = people + #", "actieplan": [{"what": "a"}, {"what": "mail", "sharesWith": ["de consulente"]}]"#
        #expect(throws: AnswersFileError(file: "a.json", problems: [
            .unknownSharedWith(question: "actieplan", entry: 2, name: "de consulente", known: ["mama", "de consulent"])
        ])) { try answers(json) }
        let text = AnswersProblemText.describe(
            .unknownSharedWith(question: "actieplan", entry: 2, name: "de consulente", known: ["mama"]), .embedded(.nl))
        #expect(text == "vraag actieplan, nummer 2: sharesWith noemt de consulente, maar die staat niet bij de betrokkenen (wel: mama)")
    }

    @Test func sharesWithMustBeAListOfNames() {
        #expect(throws: AnswersFileError(file: "a.json", problems: [.wrongType(question: "actieplan", expected: .actions)])) {
            try answers(people + #", "actieplan": [{"what": "mail", "sharesWith": "mama"}]"#)
        }
    }

    @Test func aSavedActionWithoutSharesWithDecodesAsSharingNothing() throws {
        let item = try JSONDecoder().decode(ActionItem.self, from: Data(#"{"what": "mail", "who": "ik"}"#.utf8))
        #expect(item.sharesWith == [])
    }
}
