import Testing

@testable import GPSKit

@Suite struct ArchiveTextTests {
    @Test func foldingDropsCaseAndAccentsAndKeepsLines() {
        #expect(ArchiveText.folded("Chloé CHLOË\nZoë Çelik Łukasz Šárka Ñandú") == "chloe chloe\nzoe celik lukasz sarka nandu")
    }

    @Test func aCombiningAccentIsDroppedAndOtherScriptsStay() {
        #expect(ArchiveText.folded("Chloe\u{301}") == "chloe")
        #expect(ArchiveText.folded("Ωμέγα 123") == "Ωμέγα 123")
    }

    @Test func verdictWordsInBothLanguages() {
        #expect(ArchiveVerdict(word: "niet gedekt") == .notCovered)
        #expect(ArchiveVerdict(word: "Not-Covered") == .notCovered)
        #expect(ArchiveVerdict(word: "gedekt") == .covered)
        #expect(ArchiveVerdict(word: "misschien") == nil)
    }

    @Test func monthsAndProvisionKeys() {
        #expect(ArchiveQuery.isMonth("2026-11"))
        #expect(!ArchiveQuery.isMonth("2026-13") && !ArchiveQuery.isMonth("11-2026") && !ArchiveQuery.isMonth("2026-1"))
        #expect(ArchiveQuery.provisionKey("art. 458bis") == "458bis")
        #expect(ArchiveQuery.provisionKey("Art 458 bis") == "458bis")
        #expect(ArchiveQuery.provisionKey("art-458") == "458")
    }

    @Test func archiveIDsAreRandomAndCannotLeaveTheFolder() {
        var generator = SystemRandomNumberGenerator()
        let first = ArchiveID.make(using: &generator)
        #expect(ArchiveID.isValid(first) && first.count == 12)
        #expect(first != ArchiveID.make(using: &generator))
        #expect(!ArchiveID.isValid("../cases") && !ArchiveID.isValid("ABC123") && !ArchiveID.isValid(""))
    }
}
