import Foundation

/// Finds the longest of a set of phrases at a position in UTF-8 text in one forward walk,
/// ignoring ASCII and Latin-1 case and treating any run of white space as one space.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// Transitions as one flat table, one row per node and one column per byte class (0 = none):
    /// a lookup is two array reads, which matters when every word of a 50 MB file is tried.
    private var transitions: [Int32]
    private var values: [Value?] = [nil]
    /// The column of each folded byte; 0 for a byte no phrase holds. Rows as wide as the bytes the
    /// phrases use (a few dozen), not 256, make building a scanner at start-up four times cheaper.
    private var byteClass = [UInt16](repeating: 0, count: 256)
    private let width: Int
    /// Bytes a phrase can start with, so most positions are rejected with one lookup.
    private var firstBytes = [Bool](repeating: false, count: 256)

    init(_ phrases: [(String, Value)]) {
        let folded = phrases.map { (Self.folded($0.0), $0.1) }
        var classes = 0
        for (bytes, _) in folded {
            for byte in bytes where byteClass[Int(byte)] == 0 {
                classes += 1
                byteClass[Int(byte)] = UInt16(classes)
            }
        }
        width = classes + 1
        // At most one node per byte: reserving that once spares a reallocation and a copy of
        // the growing table at every new node.
        let bytes = folded.reduce(0) { $0 + $1.0.count }
        transitions = [Int32](repeating: 0, count: width)
        transitions.reserveCapacity(width * (bytes + 1))
        values.reserveCapacity(bytes + 1)
        let emptyRow = [Int32](repeating: 0, count: width)
        for (phrase, value) in folded { insert(phrase, value, emptyRow: emptyRow) }
    }

    /// The phrase as the walk compares it: case folded, runs of white space as one space, no
    /// white space at either end.
    private static func folded(_ phrase: String) -> [UInt8] {
        var bytes = Array(phrase.utf8)
        // Trailing ASCII spaces are dropped without Foundation, which is slow at this when a
        // scanner is built; leading ones are skipped below.
        while let last = bytes.last, TextBytes.isSpace(last) { bytes.removeLast() }
        if bytes.last.map({ $0 >= 0x80 }) ?? false || bytes.first.map({ $0 >= 0x80 }) ?? false {
            bytes = Array(phrase.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var lastWasSpace = true
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if TextBytes.isSpace(buffer[index]) {
                    if lastWasSpace { continue }
                    folded.append(0x20)
                    lastWasSpace = true
                } else {
                    folded.append(TextBytes.foldedByte(buffer, at: index))
                    lastWasSpace = false
                }
            }
        }
        return folded
    }

    private mutating func insert(_ phrase: [UInt8], _ value: Value, emptyRow: [Int32]) {
        var node = 0
        for byte in phrase {
            if node == 0 { firstBytes[Int(byte)] = true }
            let slot = node * width + Int(byteClass[Int(byte)])
            if transitions[slot] == 0 {
                values.append(nil)
                // An array, not repeatElement: a debug build appends a generic sequence one
                // element at a time, which made the test suite six times slower.
                transitions += emptyRow
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
            let column = Int(byteClass[Int(folded)])
            guard column != 0 else { break }
            let child = Int(transitions[node * width + column])
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
