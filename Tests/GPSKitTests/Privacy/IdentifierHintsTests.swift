import Testing

@testable import GPSKit

/// The quick look that spares the regular expressions never rules out a text one of them matches:
/// for every labelled sentence (identifiers and their look-alikes, names), and the same sentences
/// with their spaces turned into other white space, each kind the patterns find is let through.
@Suite struct IdentifierHintsTests {
    static func patternMatches(_ kind: IdentifierKind, in text: String) -> Bool {
        switch kind {
        case .email: !EmailAddress.matches(in: text).isEmpty
        case .iban: !IBAN.matches(in: text).isEmpty
        case .nationalNumber, .bisNumber: !NationalNumber.pattern.matches(in: text).isEmpty
        case .phone: !PhoneNumber.matches(in: text).isEmpty
        case .address: !StreetAddress.matches(in: text).isEmpty
        case .birthDate: !BirthDate.matches(in: text).isEmpty
        }
    }

    static let texts: [String] = {
        let labelled = (try? LabelledIdentifier.load().map(\.text)) ?? []
        let variants = labelled.flatMap { [$0.replacingOccurrences(of: " ", with: "\u{00A0}"), $0.replacingOccurrences(of: " ", with: "\t"), $0.uppercased()] }
        return labelled + variants
    }()

    @Test func theLabelledSetIsThere() {
        #expect(Self.texts.count > 600)
    }

    @Test(arguments: IdentifierKind.allCases)
    func noTextAPatternMatchesIsRuledOut(kind: IdentifierKind) {
        var matched = 0
        for text in Self.texts where Self.patternMatches(kind, in: text) {
            matched += 1
            #expect(IdentifierHints(text).mayHold(kind), "\(kind): \(text)")
        }
        #expect(matched > 0, "the set holds texts with a \(kind)")
    }

    @Test func mostOrdinarySentencesAreRuledOutForEveryKind() {
        let ordinary = ["Ik ga morgen om 14u langs met de begeleiding.", "Ze woont sinds 2019 bij haar moeder.", "Gesprek met de huisarts op 3 december."]
        for text in ordinary {
            #expect(IdentifierKind.allCases.filter { IdentifierHints(text).mayHold($0) }.isEmpty, "\(text)")
        }
    }
}

extension IdentifierHintsTests {
    @Test func theFrenchStreetWordsAreThePatternsWordsWithoutItsEscapes() {
        #expect(StreetAddress.frenchStreetWords.contains("av") && StreetAddress.frenchStreetWords.contains("bd"))
        #expect(StreetAddress.frenchStreetWords.allSatisfy { !$0.contains("\\") && !$0.contains(".") && !$0.contains("?") })
        #expect(StreetAddress.frenchStreetWords.contains("chaussée") && StreetAddress.frenchStreetWords.contains("rue"))
    }
}
