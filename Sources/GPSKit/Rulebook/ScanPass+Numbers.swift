/// Article numbers at the byte level, and numbers that stand without a cue.
extension ScanPass {
    /// "458", "458bis", "458 bis", "458-ter", "371/1"; nil for a leading zero, more than four
    /// digits, a number glued to other letters ("3de"), or a date or decimal ("17/11/2026",
    /// "2024-04-08", "17.11", "458,50").
    func number(at start: Int) -> (ArticleNumber, end: Int)? {
        let digitsEnd = digitRunEnd(from: start)
        let count = digitsEnd - start
        guard count >= 1, count <= 4, bytes[start] != UInt8(ascii: "0") else { return nil }
        var base = 0
        for index in start..<digitsEnd { base = base * 10 + Int(bytes[index] - 0x30) }
        var end = digitsEnd
        var rank = 0
        if let suffix = suffix(after: digitsEnd) {
            rank = suffix.rank
            end = suffix.end
        } else if TextBytes.isWordCharacter(bytes, at: digitsEnd) {
            return nil
        }
        var sub: Int?
        if rank == 0, let slash = subNumber(after: end) {
            sub = slash.value
            end = slash.end
        }
        guard !continuesAsDateOrDecimal(at: end) else { return nil }
        return (ArticleNumber(base: base, suffixRank: rank, subNumber: sub), end)
    }

    /// A Latin suffix, glued or after one space or hyphen.
    private func suffix(after digitsEnd: Int) -> (rank: Int, end: Int)? {
        if let glued = scanner.suffixes.longestMatch(in: bytes, at: digitsEnd) { return (glued.value, glued.end) }
        guard digitsEnd < bytes.count else { return nil }
        let byte = bytes[digitsEnd]
        let next =
            byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ")
            ? digitsEnd + 1 : TextBytes.isNoBreakSpace(bytes, at: digitsEnd) ? digitsEnd + 2 : nil
        guard let next, let spaced = scanner.suffixes.longestMatch(in: bytes, at: next) else { return nil }
        return (spaced.value, spaced.end)
    }

    /// "/1" in "371/1"; a second slash makes it a date.
    private func subNumber(after end: Int) -> (value: Int, end: Int)? {
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "/"), TextBytes.isDigit(bytes[end + 1]) else { return nil }
        let subEnd = digitRunEnd(from: end + 1)
        guard subEnd - end - 1 <= 2 else { return nil }
        var value = 0
        for index in (end + 1)..<subEnd { value = value * 10 + Int(bytes[index] - 0x30) }
        return (value, subEnd)
    }

    private func continuesAsDateOrDecimal(at end: Int) -> Bool {
        guard end + 1 < bytes.count, TextBytes.isDigit(bytes[end + 1]) else { return false }
        return [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":")]
            .contains(bytes[end])
    }

    /// A number with no cue before it counts when a Criminal Code follows ("458 Sw.") or when it
    /// has a suffix the rulebook knows ("422 bis") and does not follow a street name or "nr". A
    /// number before another law ("29 Sv.", "9 AVG") is left alone: without a cue it may be
    /// anything.
    mutating func bareNumber(at start: Int) -> Int {
        let runEnd = max(digitRunEnd(from: start), start + 1)
        guard !followsNumberContext(start), let (number, end) = number(at: start) else { return endOfToken(runEnd) }
        if let code = scanner.codeMarkers.longestMatch(in: bytes, at: TextBytes.skipSpaces(bytes, from: end)) {
            guard case .code(let cited) = code.value, cited != .other else { return end }
            record(Item(number: number, paragraph: nil, code: code.value, offsets: start..<code.end), code: code.value)
            return code.end
        }
        if scanner.knownSuffixedNumbers.contains(number), !followsAddressWord(start) {
            record(Item(number: number, paragraph: nil, code: nil, offsets: start..<end), code: .code(.unspecified))
        }
        return end
    }

    /// Digits glued to a word, or after "+", "€", "#": part of a phone number, an amount or a code.
    private func followsNumberContext(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = bytes[start - 1]
        if TextBytes.isWordByte(previous) && TextBytes.followsWordCharacter(bytes, at: start) { return true }
        if [UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(previous) {
            return true
        }
        var index = start - 1
        while index > 0, bytes[index] == UInt8(ascii: " ") { index -= 1 }
        return bytes[index] == 0xAC && index >= 2 && bytes[index - 1] == 0x82 && bytes[index - 2] == 0xE2
    }

    /// Whether the word just before the number ends in a street word or is "nr", "bus", "tel".
    private func followsAddressWord(_ start: Int) -> Bool {
        var end = start
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ",") {
            end -= 1
        }
        var wordStart = end
        while wordStart > 0, end - wordStart < 40, TextBytes.isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < end else { return false }
        let word = bytes[wordStart..<end].map(TextBytes.lowercased)
        return scanner.addressWords.contains { word.count >= $0.count && word.suffix($0.count).elementsEqual($0) }
    }

    private func endOfToken(_ index: Int) -> Int {
        var index = index
        while index < bytes.count, TextBytes.isWordCharacter(bytes, at: index) || TextBytes.isDigit(bytes[index]) {
            index += TextBytes.scalarLength(bytes[index])
        }
        return index
    }
}
