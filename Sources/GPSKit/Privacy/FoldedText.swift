import Foundation

/// A text with its accents taken off letter by letter ("Chloé" reads "Chloe"), so a name is
/// found in every spelling; each folded character stands where the original one stood, and a
/// range in the folded text maps back to the same characters of the original.
struct FoldedText {
    let original: String
    let folded: String
    private let foldedIndices: [String.Index]
    private let originalIndices: [String.Index]

    init(_ text: String) {
        original = text
        var folded = ""
        var originalIndices: [String.Index] = []
        for index in text.indices {
            originalIndices.append(index)
            folded.append(Self.fold(text[index]))
        }
        originalIndices.append(text.endIndex)
        // Should a folded character ever join its neighbour, the text is matched as it is.
        if folded.count != text.count { folded = text }
        self.folded = folded
        foldedIndices = Array(folded.indices) + [folded.endIndex]
        self.originalIndices = originalIndices
    }

    /// One character without its accent; a character that would not stay one is kept as it is.
    static func fold(_ character: Character) -> Character {
        guard !character.isASCII else { return character }
        let plain = String(character).folding(options: [.diacriticInsensitive], locale: nil)
        return plain.count == 1 ? plain.first! : character
    }

    static func fold(_ text: String) -> String { String(text.map(fold)) }

    /// The original characters a range of the folded text covers.
    func originalRange(of range: Range<String.Index>) -> Range<String.Index> {
        originalIndices[position(of: range.lowerBound)]..<originalIndices[position(of: range.upperBound)]
    }

    private func position(of index: String.Index) -> Int {
        var low = 0
        var high = foldedIndices.count - 1
        while low < high {
            let middle = (low + high) / 2
            if foldedIndices[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
