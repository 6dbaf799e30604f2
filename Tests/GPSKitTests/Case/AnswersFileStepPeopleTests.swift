import Foundation
import Testing

@testable import GPSKit

/// A step in an answers file names with whom it happens (`participants`), who learns something
/// (`recipients`) and its `ground`; files from before, with only `sharesWith`, still import.
@Suite struct AnswersFileStepPeopleTests {
    let people = #""betrokkenen": [{"name": "mama", "category": "client"}, {"name": "de consulent", "category": "society"}]"#

    func answers(_ json: String) throws(AnswersFileError) -> [String: Answer] {
        try AnswersFile(text: #"{"answers": {\#(json)}}"#, name: "a.json").answers(for: Fixtures.fullRoute).answers
    }

    @Test func participantsRecipientsAndGroundAreReadAsGiven() throws {
        let read = try answers(
            people + #", "actieplan": [{"what": "mail", "participants": ["mama"], "recipients": ["de consulent"], "ground": "consent"}]"#)
        #expect(read["actieplan"] == .actions([ActionItem(what: "mail", participants: ["mama"], recipients: ["de consulent"], ground: "consent")]))
    }

    @Test func anOldSharesWithBecomesTheRecipientsAndItsFamilyMembersTakePart() throws {
        let read = try answers(people + #", "actieplan": [{"what": "samen bellen", "sharesWith": ["mama", "de consulent"]}]"#)
        #expect(read["actieplan"] == .actions([ActionItem(what: "samen bellen", participants: ["mama"], recipients: ["mama", "de consulent"])]))
    }

    @Test func anOldStepFindsItsParticipantsInWhoAndInWhatAfterMet() throws {
        let read = try answers(people + #", "actieplan": [{"what": "gesprek met de consulent, terwijl mama werkt", "who": "ik", "sharesWith": ["de consulent"]}]"#)
        #expect(read["actieplan"] == .actions([ActionItem(what: "gesprek met de consulent, terwijl mama werkt", who: "ik", participants: ["de consulent"], recipients: ["de consulent"])]))
    }

    @Test func aNameThatIsNoStakeholderIsAnErrorNamingStepAndField() {
        let json = people + #", "actieplan": [{"what": "a"}, {"what": "mail", "participants": ["mam"], "recipients": ["de consulente"]}]"#
        #expect(throws: AnswersFileError(file: "a.json", problems: [
            .unknownPerson(question: "actieplan", entry: 2, field: "participants", name: "mam", known: ["mama", "de consulent"]),
            .unknownPerson(question: "actieplan", entry: 2, field: "recipients", name: "de consulente", known: ["mama", "de consulent"]),
        ])) { try answers(json) }
        let text = AnswersProblemText.describe(
            .unknownPerson(question: "actieplan", entry: 2, field: "sharesWith", name: "de consulente", known: ["mama"]), .embedded(.nl))
        #expect(text == "vraag actieplan, stap 2: sharesWith noemt de consulente, maar die staat niet bij de betrokkenen (wel: mama)")
    }

    @Test func anUnknownGroundIsAnErrorListingTheKnownOnes() {
        #expect(throws: AnswersFileError(file: "a.json", problems: [
            .unknownGround(question: "actieplan", entry: 1, value: "instemming", known: GroundCatalogue.embedded.ids)
        ])) { try answers(people + #", "actieplan": [{"what": "mail", "recipients": ["de consulent"], "ground": "instemming"}]"#) }
    }

    @Test func namesMustBeAListOfNames() {
        #expect(throws: AnswersFileError(file: "a.json", problems: [.wrongType(question: "actieplan", expected: .actions)])) {
            try answers(people + #", "actieplan": [{"what": "mail", "recipients": "mama"}]"#)
        }
    }

    @Test func whoConfidedAndWhoAskedForSilenceAreReadPerStakeholder() throws {
        let read = try answers(#""betrokkenen": [{"name": "mama", "category": "client", "confided": true, "askedSilence": true}, {"name": "papa"}]"#)
        guard case .stakeholders(let people)? = read["betrokkenen"] else { Issue.record("no stakeholders"); return }
        #expect(people.map(\.confided) == [true, false])
        #expect(people.map(\.askedSilence) == [true, false])
        #expect(throws: AnswersFileError.self) { try answers(#""betrokkenen": [{"name": "mama", "confided": "ja"}]"#) }
    }

    @Test func aSavedStepFromBeforeParticipantsDecodesItsSharesWithAsRecipients() throws {
        let item = try JSONDecoder().decode(ActionItem.self, from: Data(#"{"what": "mail", "who": "ik", "sharesWith": ["CLB"]}"#.utf8))
        #expect(item.recipients == ["CLB"])
        #expect(item.participants == [])
        let plain = try JSONDecoder().decode(ActionItem.self, from: Data(#"{"what": "mail"}"#.utf8))
        #expect(plain.recipients == [] && plain.ground == nil)
    }
}
