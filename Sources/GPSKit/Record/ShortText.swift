/// Her words made short for the record's summary, never reworded: the first sentence or the
/// first clause of the first line, at most a given number of words, "…" where it was cut. A cut
/// never leaves a bracket open.
enum ShortText {
    /// Up to the end of the first sentence (". ", "? ", "! ").
    static func sentence(_ text: String, words: Int) -> String {
        let line = firstLine(text)
        let end = [". ", "? ", "! "].compactMap { line.range(of: $0)?.lowerBound }.min()
        let sentence = end.map { String(line[...$0]) } ?? line
        return capped(sentence, words: words)
    }

    /// Where a clause ends.
    static let clauseEnds = [":", ";", " (", " — "]

    /// Up to the first of `ends`, at most `words` words: "De mail van het CLB beantwoorden:
    /// niets…" reads "De mail van het CLB beantwoorden".
    static func clause(_ text: String, words: Int, ends: [String] = clauseEnds) -> String {
        let line = firstLine(text)
        let end = ends.compactMap { line.range(of: $0)?.lowerBound }.min()
        return capped(end.map { String(line[..<$0]) } ?? line, words: words)
    }

    private static func firstLine(_ text: String) -> String {
        MarkdownEscaping.lines(of: text).first { !$0.isEmpty } ?? ""
    }

    /// At most `limit` words; a cut goes back to the last ":" or ";" among them, or else the last
    /// ",", when that still keeps `least` words, so it ends on a whole phrase where it can.
    private static func capped(_ text: String, words limit: Int, least: Int = 5) -> String {
        let words = text.split(separator: " ")
        guard words.count > limit else { return text }
        var kept = words.prefix(limit).joined(separator: " ")
        let ending = { (marks: String) in
            words.prefix(limit).indices.last { $0 + 1 >= least && marks.contains(words[$0].last ?? " ") }
        }
        if let phrase = ending(":;") ?? ending(",") {
            kept = words.prefix(phrase + 1).joined(separator: " ")
            kept.removeLast()
        }
        // Drop back to before a bracket the cut leaves open.
        var depth = 0
        var open: String.Index?
        for index in kept.indices {
            if kept[index] == "(" { depth += 1; if depth == 1 { open = index } }
            if kept[index] == ")", depth > 0 { depth -= 1 }
        }
        if depth > 0, let open { kept = String(kept[..<open]) }
        while kept.last == " " || kept.last == "," { kept.removeLast() }
        return kept + "…"
    }
}
