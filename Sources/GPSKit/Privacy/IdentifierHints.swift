/// What one pass over a text's bytes says about the identifiers it can hold, so the regular
/// expressions (ICU's, costly to build and to run) only see texts that might hold one. Every
/// free-text answer is scanned on `nieuw`, `verder` and `rapport`; most have no digit at all.
/// Each test is looser than its pattern: a text it rules out cannot match.
struct IdentifierHints {
    private var digits = 0
    private var hasAt = false
    private var hasDegree = false
    /// Two ASCII letters followed by two digits, as an IBAN starts.
    private var hasIBANStart = false
    private let lowercased: [UInt8]

    init(_ text: String) {
        var lowercased: [UInt8] = []
        lowercased.reserveCapacity(text.utf8.count)
        var run: (letters: Int, digits: Int) = (0, 0)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
            if isDigit { digits += 1 }
            if byte == UInt8(ascii: "@") { hasAt = true }
            // "°" is C2 B0 in UTF-8.
            if previous == 0xC2 && byte == 0xB0 { hasDegree = true }
            if isLetter {
                run = run.digits > 0 ? (1, 0) : (run.letters + 1, 0)
            } else if isDigit, run.letters >= 2 {
                run.digits += 1
                if run.digits >= 2 { hasIBANStart = true }
            } else {
                run = (0, 0)
            }
            lowercased.append(lower)
            previous = byte
        }
        self.lowercased = lowercased
    }

    func mayHold(_ kind: IdentifierKind) -> Bool {
        switch kind {
        case .email: hasAt
        case .iban: hasIBANStart
        case .nationalNumber, .bisNumber: digits >= 11
        // A Belgian number has at least nine digits (0 and eight).
        case .phone: digits >= 9
        case .address: digits >= 1 && mayHoldAddress()
        // A date has a day and a year; "°" or a word such as "geboren" must come before it.
        case .birthDate: digits >= 3 && (hasDegree || Self.birthWords.contains(where: contains))
        }
    }

    private static let streetEndings = StreetAddress.streetWordEndings.map { Array($0.utf8) }
    private static let frenchStreetWords = StreetAddress.frenchStreetWords.map { Array($0.utf8) }

    /// A house number after a Dutch street word ("…straat 12", "…laan nr. 4"), or anywhere after a
    /// French one ("rue … 16"). Where a byte outside ASCII stands between, it answers yes: the
    /// pattern's white space includes more than ASCII's.
    private func mayHoldAddress() -> Bool {
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        var frenchSeen = false
        for index in lowercased.indices {
            if !frenchSeen, index == 0 || !Self.isLetter(lowercased[index - 1]) {
                frenchSeen = Self.frenchStreetWords.contains { word in starts(with: word, at: index) }
            }
            guard isDigit(lowercased[index]), index == 0 || !isDigit(lowercased[index - 1]) else { continue }
            if frenchSeen { return true }
            var end = index
            while end > 0, isSpace(lowercased[end - 1]) { end -= 1 }
            if end >= 3, lowercased[end - 1] == UInt8(ascii: "."), lowercased[end - 3] == UInt8(ascii: "n"),
                lowercased[end - 2] == UInt8(ascii: "r")
            {
                end -= 3
            } else if end >= 2, lowercased[end - 2] == UInt8(ascii: "n"), lowercased[end - 1] == UInt8(ascii: "r") {
                end -= 2
            }
            while end > 0, isSpace(lowercased[end - 1]) { end -= 1 }
            if end > 0, lowercased[end - 1] >= 0x80 { return true }
            if end < index, Self.streetEndings.contains(where: { ends(with: $0, at: end) }) { return true }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte >= 0x80
    }

    private func starts(with word: [UInt8], at index: Int) -> Bool {
        index + word.count <= lowercased.count && word.indices.allSatisfy { lowercased[index + $0] == word[$0] }
    }

    private func ends(with word: [UInt8], at end: Int) -> Bool {
        end >= word.count && starts(with: word, at: end - word.count)
    }

    private static let birthWords = ["geb", "born", "birth", "dob", "d.o.b"].map { Array($0.utf8) }

    private func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= lowercased.count else { return false }
        return (0...(lowercased.count - needle.count)).contains { start in
            needle.indices.allSatisfy { lowercased[start + $0] == needle[$0] }
        }
    }
}
