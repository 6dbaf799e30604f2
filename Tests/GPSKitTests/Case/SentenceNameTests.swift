import Testing

@testable import GPSKit

@Suite struct SentenceNameTests {
    @Test(arguments: [
        ("Mijn teamverantwoordelijke", Language.nl, "mijn teamverantwoordelijke"),
        ("De juf", .nl, "de juf"),
        ("Huisarts", .nl, "de huisarts"),
        ("OCMW", .nl, "het OCMW"),
        ("Mama", .nl, "mama"),
        ("Sara", .nl, "Sara"),
        ("Huisarts Peeters", .nl, "Huisarts Peeters"),
        ("My manager", .en, "my manager"),
        ("Doctor", .en, "the doctor"),
        ("Huisarts", .en, "Huisarts"),
    ])
    func aNameReadsAsInASentence(name: String, language: Language, expected: String) {
        #expect(SentenceName.inSentence(name, language: language) == expected)
    }

    @Test func aListKeepsItsOrder() {
        #expect(SentenceName.joinedList("Huisarts, Griet, Mijn collega", language: .nl) == "de huisarts, Griet, mijn collega")
    }
}
