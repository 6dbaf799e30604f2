import Foundation

/// Word lists from `Data/signals.json` and the one way they are matched against free text.
/// Only for what cannot be read from the structured answers; a hit is always a guess.
struct TextSignals: Sendable {
    enum Kind: String, CaseIterable {
        case control, badReasons, danger, consultation, now, negation
        case prosecutor, emergency, caseConsultation, clientConsultation, team, doctor, selfHarm, silence, confiding, forcedHelp
    }

    static let dataPath = "Sources/GPSKit/Reasoning/Data/signals.json"
    /// Compiled as Swift values from the data file (`EmbeddedValuesTests`).
    static let embedded = EmbeddedValues.signals

    /// By list name: a `Kind`, or `option.<id>` for the words that suggest an option of a point.
    private let phrases: [String: [[String]]]

    init(phrases: [String: [[String]]]) {
        self.phrases = phrases
    }

    init(json: String) {
        let file = try? JSONValueDecoder().decode(SignalFile.self, from: json)
        self.init(phrases: (file?.signals ?? [:]).mapValues { $0.map(Self.words) })
    }

    /// The phrases of `kind` in `text`, as she wrote them, skipping those denied earlier in
    /// their sentence ("ze vroeg nooit om te rapporteren").
    func hits(_ kind: Kind, in text: String) -> [String] { hits(list: kind.rawValue, in: text) }

    /// Whether `text` holds a word that suggests the option (`option.violence` for "slaat").
    func suggests(option id: String, in text: String) -> Bool { !hits(list: "option." + id, in: text).isEmpty }

    private func hits(list: String, in text: String) -> [String] {
        var found: [String] = []
        let candidates = phrases[list] ?? []
        guard !candidates.isEmpty, Self.mayHold(candidates, in: text) else { return [] }
        let negations = (phrases[Kind.negation.rawValue] ?? []).compactMap(\.first)
        let sentenceEnds: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), 0x0A]
        for sentence in text.utf8.split(whereSeparator: sentenceEnds.contains) {
            let original = Self.words(in: sentence)
            let folded = original.map(Self.fold)
            for start in folded.indices {
                for phrase in candidates where Self.matches(phrase, folded, at: start) {
                    if folded[..<start].contains(where: negations.contains) { continue }
                    let hit = original[start..<start + phrase.count].joined(separator: " ")
                    if !found.contains(hit) { found.append(hit) }
                }
            }
        }
        return found
    }

    /// The words of a sentence, as letters and digits between anything else. A sentence in plain
    /// ASCII, most of them, is split byte by byte; another goes by Unicode's letters and numbers.
    private static func words(in sentence: Substring.UTF8View) -> [String] {
        guard sentence.allSatisfy({ $0 < 0x80 }) else {
            return Substring(sentence).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        let isWordByte = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return sentence.split(whereSeparator: { !isWordByte($0) }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the first word of some phrase occurs as a word in the folded text: one pass over
    /// its bytes that settles most calls, which find nothing, before the text is split into words.
    /// Only ASCII letters and digits count as inside a word here: wherever the split into words
    /// sees a boundary (a curly quote, a dash), so does this look, so it never hides a hit.
    static func mayHold(_ candidates: [[String]], in text: String) -> Bool {
        let folded = Array(fold(text).utf8)
        let isWordByte = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return folded.withUnsafeBufferPointer { haystack in
            candidates.contains { phrase in
                guard let first = phrase.first else { return false }
                let isPrefix = first.hasSuffix("*")
                let needle = Array(isPrefix ? first.utf8.dropLast() : first.utf8[...])
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count else { return false }
                return (0...(haystack.count - needle.count)).contains { start in
                    let end = start + needle.count
                    return haystack[start] == needle[0] && (start == 0 || !isWordByte(haystack[start - 1]))
                        && (isPrefix || end == haystack.count || !isWordByte(haystack[end]))
                        && needle.indices.allSatisfy { haystack[start + $0] == needle[$0] }
                }
            }
        }
    }

    private static func matches(_ phrase: [String], _ words: [String], at start: Int) -> Bool {
        guard !phrase.isEmpty, start + phrase.count <= words.count else { return false }
        return phrase.indices.allSatisfy { offset in
            let pattern = phrase[offset]
            let word = words[start + offset]
            return pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : word == pattern
        }
    }

    private static func words(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "*" }).map { fold(String($0)) }
    }

    static func fold(_ word: String) -> String {
        // Most words are plain ASCII, where folding is lowercasing; Foundation's folding is slow.
        var utf8 = Array(word.utf8)
        guard !utf8.contains(where: { $0 >= 0x80 }) else {
            return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        for index in utf8.indices where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(utf8[index]) { utf8[index] |= 0x20 }
        return String(decoding: utf8, as: UTF8.self)
    }

    private struct SignalFile: Decodable {
        var signals: [String: [String]]
    }
}
