import Foundation
import Testing

@testable import GPSKit

/// Our trimming gives what Foundation's gives, for the sets GPS trims.
@Suite struct TrimmingScalarsTests {
    static let texts = [
        "", " ", "\t a b \t", "\u{00A0}x\u{2003}", "x\n", "\n x \n", "  2026-11-29-abc ", "é ", "\u{200B}y", "e\u{301} ",
        " \u{301}z", "(12/3).", "«Oma»", "…morgen!",
    ]

    @Test(arguments: texts)
    func trimsWhatFoundationTrims(text: String) {
        #expect(text.spacesTrimmed == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingScalars(in: .whitespacesAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        let punctuation = CharacterSet.punctuationCharacters.subtracting(["/"])
        #expect(text.trimmingScalars(in: punctuation) == text.trimmingCharacters(in: punctuation))
    }
}
