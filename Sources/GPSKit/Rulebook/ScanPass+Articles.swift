/// Cited article numbers: after a cue, in a list, with a paragraph and a code.
extension ScanPass {
    /// One number in a citation, before it is resolved.
    struct Item {
        var number: ArticleNumber
        var paragraph: Int?
        var code: CodeMark?
        var offsets: Range<Int>
    }

    /// A cue at `cueStart` and the numbers that follow it; `from` is where the match begins (a
    /// code named before the cue). Returns where scanning goes on, or nil if there is no cue
    /// followed by a number.
    mutating func articles(at cueStart: Int, from start: Int, code prefixCode: CodeMark?) -> Int? {
        guard let (isList, cueEnd) = scanner.cues.longestMatch(in: bytes, at: cueStart) else { return nil }
        var index = cueEnd
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
        index = TextBytes.skipSpaces(bytes, from: index)
        guard let first = item(at: index, from: start) else { return nil }
        var items = [first]
        while let next = listItem(after: items[items.count - 1].offsets.upperBound, isList: isList) {
            items.append(next)
        }
        let listCode = items.last?.code ?? prefixCode
        for item in items {
            record(item, code: item.code ?? listCode ?? .code(.unspecified))
        }
        return items[items.count - 1].offsets.upperBound
    }

    /// A number with its paragraph and code; nil when what follows is a date or an amount.
    func item(at numberStart: Int, from start: Int) -> Item? {
        guard let (number, numberEnd) = self.number(at: numberStart), !isStopped(after: numberEnd) else { return nil }
        var end = numberEnd
        let paragraph = self.paragraph(after: end)
        if let paragraph { end = paragraph.end }
        let code = self.code(at: TextBytes.skipSpaces(bytes, from: end))
        if let code { end = code.end }
        return Item(number: number, paragraph: paragraph?.value, code: code?.value, offsets: start..<end)
    }

    /// The code or instrument after an article: "Sw.", "AVG", or an instrument after a link
    /// ("van het Kinderrechtenverdrag"); "van het Strafwetboek" is a code marker of its own. The
    /// longer reading wins, so "van de wet patiëntenrechten" is not just "van de wet".
    private func code(at index: Int) -> (value: CodeMark, end: Int)? {
        let direct = scanner.codeMarkers.longestMatch(in: bytes, at: index)
        guard let link = scanner.instrumentLinks.longestMatch(in: bytes, at: index),
            let linked = scanner.codeMarkers.longestMatch(in: bytes, at: TextBytes.skipSpaces(bytes, from: link.end)),
            case .instrument = linked.value, linked.end > direct?.end ?? index
        else { return direct }
        return linked
    }

    /// "en 458bis", ", 422ter": after a singular cue only a number with a suffix or three
    /// digits, or one that names its code ("art. 5 en 32 AVG"), continues the list, so
    /// "art. 458 en 12 andere" stops at 458.
    private func listItem(after end: Int, isList: Bool) -> Item? {
        var index = TextBytes.skipSpaces(bytes, from: end)
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index += 1
        } else if let separator = scanner.separators.longestMatch(in: bytes, at: index) {
            index = separator.end
        } else {
            return nil
        }
        index = TextBytes.skipSpaces(bytes, from: index)
        guard index < bytes.count, TextBytes.isDigit(bytes[index]), let next = item(at: index, from: index) else { return nil }
        guard isList || next.number.suffixRank > 0 || next.number.base >= 100 || next.code != nil else { return nil }
        return next
    }

    mutating func record(_ item: Item, code: CodeMark) {
        record(.article(item.number, paragraph: item.paragraph, code: code), offsets: item.offsets)
    }

    /// "§ 1" or ", §2" after the number.
    private func paragraph(after end: Int) -> (value: Int, end: Int)? {
        var index = TextBytes.skipSpaces(bytes, from: end)
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index = TextBytes.skipSpaces(bytes, from: index + 1) }
        guard index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xA7 else { return nil }
        let digitsStart = TextBytes.skipSpaces(bytes, from: index + 2)
        let digitsEnd = digitRunEnd(from: digitsStart)
        guard digitsEnd > digitsStart, digitsEnd - digitsStart <= 4 else { return nil }
        var value = 0
        for index in digitsStart..<digitsEnd { value = value * 10 + Int(bytes[index] - 0x30) }
        return (value, digitsEnd)
    }

    /// A month, a currency or a unit right after the number: "art. 8 april", "458 euro".
    private func isStopped(after end: Int) -> Bool {
        let index = TextBytes.skipSpaces(bytes, from: end)
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "%") { return true }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC { return true }
        return scanner.stoppers.longestMatch(in: bytes, at: index) != nil
    }

    func digitRunEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count, TextBytes.isDigit(bytes[index]) { index += 1 }
        return index
    }
}
