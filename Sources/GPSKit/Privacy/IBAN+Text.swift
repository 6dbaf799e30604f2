extension IBAN {
    /// Where an IBAN could start: a country code and check digits, not inside a longer word.
    private static let start = TextPattern(#"(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}"#)

    /// Valid IBANs in free text, written compactly or in groups separated by single spaces.
    /// The country fixes the length, so "BE68 5390 0754 7034 en" stops before "en".
    static func matches(in text: String) -> [Range<String.Index>] {
        start.matches(in: text).compactMap { head in
            let country = text[head].prefix(2).uppercased()
            guard let length = lengths[country] else { return nil }
            guard let end = endOfCode(in: text, from: head.lowerBound, length: length) else { return nil }
            let range = head.lowerBound..<end
            return isValid(text[range]) ? range : nil
        }
    }

    /// The index after `length` letters and digits, allowing one space between them; nil when
    /// the code is cut short or runs straight on into more letters or digits.
    private static func endOfCode(in text: String, from start: String.Index, length: Int) -> String.Index? {
        var index = start
        var count = 0
        while count < length, index < text.endIndex {
            let character = text[index]
            if character.isASCII && (character.isLetter || character.isNumber) {
                count += 1
            } else if character != " " || count == 0 || text[text.index(before: index)] == " " {
                return nil
            }
            index = text.index(after: index)
        }
        guard count == length else { return nil }
        if index < text.endIndex, text[index].isLetter || text[index].isNumber { return nil }
        return index
    }
}
