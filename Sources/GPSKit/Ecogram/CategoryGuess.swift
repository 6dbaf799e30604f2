import Foundation

/// Offers a first category for a stakeholder from the words she typed, so that in most
/// cases Enter is enough. It only suggests; the wizard always lets her choose.
enum CategoryGuess {
    /// The more specific categories are tried first: "vriend van mama" is household before
    /// "vriend" is informal, and "de verantwoordelijke van de gezinszorg" is her organisation.
    static let priority: [StakeholderCategory] = [.client, .organisation, .society, .services, .household, .informal]

    /// Who someone is comes first in what she types; what they do comes after a semicolon
    /// ("zoon; staat onder toezicht van de jeugdrechter" is family, "papa van Sofie; brengt Lotte
    /// naar school" too). So the name with the relation's first part is read before the rest.
    static func category(name: String, relation: String) -> StakeholderCategory {
        let first = relation.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return match(wordsOf(name + " " + first)) ?? match(wordsOf(name + " " + relation)) ?? .informal
    }

    private static func match(_ words: [String]) -> StakeholderCategory? {
        for category in priority {
            for hint in hints[category] ?? [] where contains(words, hint: hint) {
                return category
            }
        }
        return nil
    }

    static let dataPath = "Sources/GPSKit/Ecogram/Data/category-hints.json"

    private static let hints: [StakeholderCategory: [[String]]] = {
        guard let text = EmbeddedData.text(at: dataPath),
            let file = try? JSONValueDecoder().decode(HintFile.self, from: text)
        else { return [:] }
        var table: [StakeholderCategory: [[String]]] = [:]
        for (key, phrases) in file.hints {
            guard let category = StakeholderCategory(rawValue: key) else { continue }
            table[category] = phrases.map(wordsOf)
        }
        return table
    }()

    private struct HintFile: Decodable {
        var hints: [String: [String]]
    }

    private static func wordsOf(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The hint's words appear in a row; the last may be the start of a longer word
    /// ("buur" in "buurvrouw", "echtgeno" in "echtgenote").
    private static func contains(_ words: [String], hint: [String]) -> Bool {
        guard !hint.isEmpty, words.count >= hint.count else { return false }
        for start in 0...(words.count - hint.count) {
            let window = words[start..<(start + hint.count)]
            let matches = zip(window, hint).enumerated().allSatisfy { offset, pair in
                offset == hint.count - 1 ? pair.0.hasPrefix(pair.1) : pair.0 == pair.1
            }
            if matches { return true }
        }
        return false
    }
}
