import Testing

@testable import GPSKit

@Suite struct GeneratedIdentifierTests {
    static let seed: UInt64 = 0x6750_5320_2026

    @Test func generatedValidNumbersAreAllFoundInASentence() {
        var generator = SplitMix64(seed: Self.seed)
        var missed: [String] = []
        for index in 0..<600 {
            let (kind, identifier): (IdentifierKind, String) =
                switch index % 4 {
                case 0: (.nationalNumber, GeneratedIdentifier.nationalNumber(using: &generator, bis: false))
                case 1: (.bisNumber, GeneratedIdentifier.nationalNumber(using: &generator, bis: true))
                case 2: (.iban, GeneratedIdentifier.belgianIBAN(using: &generator))
                default: (.phone, GeneratedIdentifier.phone(using: &generator))
                }
            let findings = IdentifierScanner().scan("Noteer \(identifier), en verder niets.")
            if findings.map(\.kind) != [kind] || findings.first?.text != identifier {
                missed.append("\(kind) \(identifier) → \(findings.map(\.description))")
            }
        }
        #expect(missed.isEmpty, "seed \(Self.seed): \(missed.joined(separator: "; "))")
    }

    /// A random 11-digit string passes one of the two checksums about 2 % of the time; the date
    /// check must bring that well below. The rate is measured, not hidden.
    @Test func randomElevenDigitStringsAreRarelyTakenForNationalNumbers() {
        var generator = SplitMix64(seed: Self.seed)
        let trials = 20_000
        var flagged = 0
        for _ in 0..<trials {
            let digits = (0..<11).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            if NationalNumber(digits) != nil { flagged += 1 }
        }
        #expect(Double(flagged) / Double(trials) < 0.01, "\(flagged) of \(trials) random strings pass")
    }

    @Test func aChangedCheckDigitIsNeverFlagged() {
        var generator = SplitMix64(seed: Self.seed)
        for _ in 0..<300 {
            let valid = GeneratedIdentifier.nationalNumber(using: &generator, bis: Bool.random(using: &generator))
            var digits = Array(valid.filter(\.isNumber))
            digits[10] = digits[10] == "9" ? "0" : Character(String(digits[10].wholeNumberValue! + 1))
            #expect(NationalNumber(String(digits)) == nil, "seed \(Self.seed): \(valid)")
        }
    }
}
