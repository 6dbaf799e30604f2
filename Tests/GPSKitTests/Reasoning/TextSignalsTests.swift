import Foundation
import Testing

@testable import GPSKit

/// Every phrase of every word list is found in a sentence, whatever its case or accents, so the
/// quick look at the whole text that spares most calls never hides a hit.
@Suite struct TextSignalsTests {
    struct SignalFile: Decodable { var signals: [String: [String]] }

    static let lists = try! JSONDecoder().decode(SignalFile.self, from: Data(PackageRoot.text(TextSignals.dataPath).utf8)).signals

    /// The phrase as someone might type it: wildcards completed, the first letter a capital,
    /// and an `e` with an accent where the list has a plain one.
    static func typed(_ phrase: String, accented: Bool) -> String {
        var words = phrase.split(separator: " ").map { $0.hasSuffix("*") ? $0.dropLast() + "en" : Substring($0) }.map(String.init)
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        let text = words.joined(separator: " ")
        return accented ? text.replacingOccurrences(of: "e", with: "é") : text
    }

    @Test(arguments: TextSignals.Kind.allCases.filter { $0 != .negation })
    func everyPhraseOfAListIsFound(kind: TextSignals.Kind) {
        for phrase in Self.lists[kind.rawValue] ?? [] {
            for (accented, open, close) in [(false, " ", ","), (true, " ", ","), (false, "‘", "’"), (false, "–", "…")] {
                let sentence = "Gisteren:\(open)\(Self.typed(phrase, accented: accented))\(close) zei ze."
                #expect(!TextSignals.embedded.hits(kind, in: sentence).isEmpty, "\(kind): \(sentence)")
            }
        }
    }

    @Test func everyOptionWordSuggestsItsOption() {
        for (list, phrases) in Self.lists where list.hasPrefix("option.") {
            for phrase in phrases {
                let sentence = "Ze vertelde: \(Self.typed(phrase, accented: false))."
                #expect(TextSignals.embedded.suggests(option: String(list.dropFirst("option.".count)), in: sentence), "\(list): \(sentence)")
            }
        }
    }

    @Test func aSentenceWithoutTheWordsHasNoHit() {
        #expect(TextSignals.embedded.hits(.danger, in: "We dronken koffie en praatten over de kleinkinderen.").isEmpty)
    }

    @Test func theQuickLookSkipsATextWhereAWordOnlyHidesInsideAnother() {
        #expect(!TextSignals.mayHold([["mes"]], in: "We hadden het over de mensen en hun kameraden."))
        #expect(TextSignals.mayHold([["mes"]], in: "Hij had een „mes”."))
        #expect(TextSignals.mayHold([["wapen*"]], in: "WAPENS lagen er."))
    }
}
