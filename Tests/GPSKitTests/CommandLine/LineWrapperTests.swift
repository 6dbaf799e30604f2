import Foundation
import Testing

@testable import GPSKit

@Suite struct LineWrapperTests {
    @Test func longLinesBreakAtSpacesWithinTheWidth() {
        let text = "Sta even stil voor je iets beslist. Benoem wat je voelt en waar het wringt."
        let wrapped = LineWrapper.wrap(text, width: 30)
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 30 })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test func continuationLinesKeepTheIndentation() {
        #expect(LineWrapper.wrap("  1. een twee drie vier vijf zes zeven acht", width: 22) == "  1. een twee drie\n  vier vijf zes zeven\n  acht")
    }

    @Test func shortLinesEmptyLinesAndLongWordsStayAsTheyAre() {
        #expect(LineWrapper.wrap("kort\n\nook kort", width: 40) == "kort\n\nook kort")
        let word = String(repeating: "x", count: 50)
        #expect(LineWrapper.wrap(word, width: 30) == word)
    }
}
