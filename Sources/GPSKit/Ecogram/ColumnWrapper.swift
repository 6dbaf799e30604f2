/// Fills text into lines of at most `width` display columns, breaking at spaces; a word wider
/// than a whole line is cut between characters so no line ever runs over.
enum ColumnWrapper {
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").flatMap({ pieces(of: String($0), width: width) }) {
            if current.isEmpty {
                current = word
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        return lines + (current.isEmpty ? [] : [current])
    }

    private static func pieces(of word: String, width: Int) -> [String] {
        guard DisplayWidth.of(word) > width else { return [word] }
        var pieces = [""]
        var used = 0
        for character in word {
            let columns = DisplayWidth.of(character)
            if used + columns > width, !pieces[pieces.count - 1].isEmpty {
                pieces.append("")
                used = 0
            }
            pieces[pieces.count - 1].append(character)
            used += columns
        }
        return pieces
    }
}
