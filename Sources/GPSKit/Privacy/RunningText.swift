/// The words around a place in a sentence, for reading a pseudonym into it.
enum RunningText {
    /// The word right before `index`, separated from it by one space.
    static func word(before index: String.Index, in text: String) -> (word: String, range: Range<String.Index>)? {
        let before = text[..<index]
        guard before.last == " " else { return nil }
        let end = before.index(before: before.endIndex)
        let start = before[..<end].lastIndex(where: { !$0.isLetter }).map { before.index(after: $0) } ?? before.startIndex
        guard start < end else { return nil }
        return (String(text[start..<end]), start..<end)
    }

    /// The word right after `index`, separated from it by one space.
    static func word(after index: String.Index, in text: String) -> (word: String, range: Range<String.Index>)? {
        let after = text[index...]
        guard after.first == " " else { return nil }
        let start = after.index(after: after.startIndex)
        let end = after[start...].firstIndex(where: { !$0.isLetter }) ?? after.endIndex
        guard start < end else { return nil }
        return (String(text[start..<end]), start..<end)
    }

    /// ", mijn verantwoordelijke" or ", zoon" right after `index`: the role word, and the range
    /// from the determiner (or the role) to the end of the role.
    static func apposition(after index: String.Index, in text: String) -> (role: String, range: Range<String.Index>)? {
        let after = text[index...]
        guard after.hasPrefix(", ") else { return nil }
        let comma = after.index(after: after.startIndex)
        guard let first = word(after: comma, in: text) else { return nil }
        if RoleWord.isDeterminer(first.word), let second = word(after: first.range.upperBound, in: text) {
            return (second.word, first.range.lowerBound..<second.range.upperBound)
        }
        return (first.word, first.range)
    }

    /// Whether a word at `index` begins a sentence, also one she quotes: "Zeg niets.' Kevin
    /// was" and "in de keuken: 'Kevin slaat me'" both do; "Ondertekend: Jan" does not.
    static func startsSentence(at index: String.Index, in text: String) -> Bool {
        let spaces: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var before = text[..<index].reversed().drop(while: spaces)
        let quoted = before.first.map(quotes.contains) ?? false
        before = before.drop(while: quotes.contains).drop(while: spaces)
        guard let previous = before.first else { return true }
        return ".!?\n\r".contains(previous) || (quoted && previous == ":")
    }

    private static let quotes: Set<Character> = ["'", "\"", "„", "“", "”", "‘", "’", "("]
}
