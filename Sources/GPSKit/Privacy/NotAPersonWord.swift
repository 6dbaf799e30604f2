import Foundation

/// Capitalised words that name no person, so an unlisted-name search leaves them alone: proper
/// nouns common in Flemish care (`Data/proper-nouns.json`: services, laws, days, months, big
/// places, languages, brands), and every word GPS itself writes in lower case in its own texts
/// (questionnaires, messages, rulebook and word lists, all compiled in). Capitalised-only words
/// of GPS's texts do not count: they include the invented people of its examples ("Ilse", "Sara").
/// Towns are deliberately not listed beyond the largest cities: a village identifies a family.
enum NotAPersonWord {
    /// Whether `word` (one word, any case, with or without accents) names no person.
    static func contains(_ word: String) -> Bool {
        let key = FoldedText.fold(word).lowercased()
        if properNouns.contains(key) { return true }
        // "Hoop" or "Roos" is an ordinary word GPS uses, but written with a capital it is a name.
        return !CommonWordName.contains(key) && !namesAmongGPSWords.contains(key) && gpsWords.contains(key)
    }

    /// First names GPS happens to write in lower case as something else: "jan." (January), "said".
    private static let namesAmongGPSWords: Set<String> = ["jan", "said"]

    static let dataPath = "Sources/GPSKit/Privacy/Data/proper-nouns.json"

    private static let properNouns: Set<String> = {
        // The file is compiled in; a broken one is a programming error the tests catch.
        let groups = try! JSONDecoder().decode([String: [String]].self, from: Data((EmbeddedData.text(at: dataPath) ?? "").utf8))
        return Set(groups.values.joined().map { FoldedText.fold($0).lowercased() })
    }()

    private static let gpsWords: Set<String> = {
        var words = Set<String>()
        for path in EmbeddedData.paths where path != dataPath {
            for word in (EmbeddedData.text(at: path) ?? "").split(whereSeparator: { !$0.isLetter })
            where word.first!.isLowercase {
                words.insert(FoldedText.fold(String(word)).lowercased())
            }
        }
        return words
    }()
}
