import Foundation

/// Word lists from `Data/signals.json` and the one way they are matched against free text.
/// Only for what cannot be read from the structured answers; a hit is always a guess.
struct TextSignals: Sendable {
    enum Kind: String, CaseIterable {
        case control, badReasons, danger, consultation, now, negation
    }

    static let dataPath = "Sources/GPSKit/Checks/Data/signals.json"
    static let embedded = TextSignals(json: EmbeddedData.text(at: dataPath) ?? "{}")

    private let phrases: [Kind: [[String]]]

    init(json: String) {
        let file = try? JSONDecoder().decode(SignalFile.self, from: Data(json.utf8))
        var phrases: [Kind: [[String]]] = [:]
        for (key, entries) in file?.signals ?? [:] {
            guard let kind = Kind(rawValue: key) else { continue }
            phrases[kind] = entries.map(Self.words)
        }
        self.phrases = phrases
    }

    /// The phrases of `kind` in `text`, as she wrote them, skipping those denied earlier in
    /// their sentence ("ze vroeg nooit om te rapporteren").
    func hits(_ kind: Kind, in text: String) -> [String] {
        var found: [String] = []
        for sentence in text.split(whereSeparator: { ".!?;\n".contains($0) }) {
            let original = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            let folded = original.map(Self.fold)
            for start in folded.indices {
                for phrase in phrases[kind] ?? [] where Self.matches(phrase, folded, at: start) {
                    if denied(before: start, in: folded) { continue }
                    let hit = original[start..<start + phrase.count].joined(separator: " ")
                    if !found.contains(hit) { found.append(hit) }
                }
            }
        }
        return found
    }

    private func denied(before index: Int, in words: [String]) -> Bool {
        let negations = (phrases[.negation] ?? []).compactMap(\.first)
        return words[..<index].contains { negations.contains($0) }
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
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private struct SignalFile: Decodable {
        var signals: [String: [String]]
    }
}
