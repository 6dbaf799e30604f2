import Foundation

/// Finds the longest of a set of phrases at a position in UTF-8 text in one forward walk,
/// ignoring ASCII and Latin-1 case and treating any run of white space as one space.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// Transitions as one flat table, 256 entries per node (0 = none): a lookup is one array
    /// read, which matters when every word of a 50 MB file is tried.
    private var transitions = [Int32](repeating: 0, count: 256)
    private var values: [Value?] = [nil]
    /// Bytes a phrase can start with, so most positions are rejected with one lookup.
    private var firstBytes = [Bool](repeating: false, count: 256)
    private static var emptyNode: [Int32] { [Int32](repeating: 0, count: 256) }

    init(_ phrases: [(String, Value)]) {
        // At most one node per byte: reserving that once spares a reallocation and a copy of
        // the growing table at every new node, which was most of building a scanner.
        let bytes = phrases.reduce(0) { $0 + $1.0.utf8.count }
        transitions.reserveCapacity(256 * (bytes + 1))
        values.reserveCapacity(bytes + 1)
        for (phrase, value) in phrases { insert(phrase, value) }
    }

    private mutating func insert(_ phrase: String, _ value: Value) {
        var node = 0
        var lastWasSpace = true
        var bytes = Array(phrase.utf8)
        // Leading spaces are skipped below; trailing ASCII ones are dropped here without
        // Foundation, which is slow at this when a scanner is built.
        while let last = bytes.last, TextBytes.isSpace(last) { bytes.removeLast() }
        if bytes.last.map({ $0 >= 0x80 }) ?? false || bytes.first.map({ $0 >= 0x80 }) ?? false {
            bytes = Array(phrase.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        }
        for index in bytes.indices {
            let folded: UInt8
            if TextBytes.isSpace(bytes[index]) {
                if lastWasSpace { continue }
                folded = 0x20
                lastWasSpace = true
            } else {
                folded = bytes.withUnsafeBufferPointer { TextBytes.foldedByte($0, at: index) }
                lastWasSpace = false
            }
            if node == 0 { firstBytes[Int(folded)] = true }
            let slot = node * 256 + Int(folded)
            if transitions[slot] == 0 {
                values.append(nil)
                // An array, not repeatElement: a debug build appends a generic sequence one element
                // at a time, which made the test suite six times slower.
                transitions += Self.emptyNode
                transitions[slot] = Int32(values.count - 1)
            }
            node = Int(transitions[slot])
        }
        if values[node] == nil { values[node] = value }
    }

    /// The longest phrase starting at `start` that ends at a word boundary, with its end.
    func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (value: Value, end: Int)? {
        guard start < bytes.count, firstBytes[Int(TextBytes.lowercased(bytes[start]))] else { return nil }
        var node = 0
        var index = start
        var best: (value: Value, end: Int)?
        while index < bytes.count {
            let byte = bytes[index]
            let folded: UInt8
            var next = index + 1
            if TextBytes.isSpace(byte) || TextBytes.isNoBreakSpace(bytes, at: index) {
                folded = 0x20
                next = TextBytes.skipSpaces(bytes, from: index)
            } else {
                folded = TextBytes.foldedByte(bytes, at: index)
            }
            let child = Int(transitions[node * 256 + Int(folded)])
            guard child != 0 else { break }
            node = child
            index = next
            if let value = values[node], folded == 0x20 ? false : endsWord(bytes, at: index, last: folded) {
                best = (value, index)
            }
        }
        return best
    }

    /// A phrase that ends in a letter or digit must not continue into a longer word.
    private func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, last: UInt8) -> Bool {
        guard TextBytes.isWordByte(last) else { return true }
        return !TextBytes.isWordCharacter(bytes, at: index)
    }
}
