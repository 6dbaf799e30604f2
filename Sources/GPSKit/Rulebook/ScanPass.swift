/// One left-to-right walk of the scanner over a text's bytes.
///
/// A citation met again ("art. 458bis" on every page) is resolved once: each distinct citation
/// is a `Target`, and a match only holds its offsets and the target's index. Resolving walks the
/// rulebook's lists, which costs far more than scanning the bytes.
struct ScanPass {
    /// A distinct citation: the number or phrase as the scanner read it.
    enum Key: Hashable {
        case article(ArticleNumber, paragraph: Int?, code: CodeMark)
        case phrase(Int)
    }

    struct Target {
        var key: Key
        var resolution: Resolution
    }

    struct Match {
        var offsets: Range<Int>
        /// Index into `targets`.
        var target: Int
    }

    let scanner: ReferenceScanner
    let bytes: UnsafeBufferPointer<UInt8>
    var found: [Match] = []
    var targets: [Target] = []
    private var targetIndex: [Key: Int] = [:]

    init(scanner: ReferenceScanner, bytes: UnsafeBufferPointer<UInt8>) {
        self.scanner = scanner
        self.bytes = bytes
    }

    mutating func run() {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if TextBytes.isDigit(byte) {
                index = bareNumber(at: index)
            } else if TextBytes.isASCIILetter(byte) || (byte >= 0x80 && TextBytes.isWordCharacter(bytes, at: index)) {
                index = word(at: index)
            } else {
                index += byte >= 0x80 ? TextBytes.scalarLength(byte) : 1
            }
        }
    }

    /// Adds a match for `key`, resolving it the first time it is seen; nothing when the
    /// citation belongs to another law.
    mutating func record(_ key: Key, offsets: Range<Int>) {
        if let index = targetIndex[key] {
            found.append(Match(offsets: offsets, target: index))
            return
        }
        let resolution: Resolution?
        switch key {
        case .article(_, _, .instrument(let index)): resolution = .otherInstrument(scanner.instruments[index])
        case .article(let number, _, .code(let code)): resolution = scanner.rulebook.resolve(number, code: code)
        case .phrase(let phrase): resolution = scanner.phraseResolutions[phrase]
        }
        guard let resolution else { return }
        targets.append(Target(key: key, resolution: resolution))
        targetIndex[key] = targets.count - 1
        found.append(Match(offsets: offsets, target: targets.count - 1))
    }

    /// A list item that is only a known number ("422", " 458 bis ") is a citation of it, as if
    /// it followed "art."; anything else is scanned as text.
    mutating func runOnListItem() {
        let start = TextBytes.skipSpaces(bytes, from: 0)
        var end = bytes.count
        while end > start {
            if TextBytes.isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".") {
                end -= 1
            } else if end - start >= 2, TextBytes.isNoBreakSpace(bytes, at: end - 2) {
                end -= 2
            } else {
                break
            }
        }
        if start < end, TextBytes.isDigit(bytes[start]), let (number, numberEnd) = self.number(at: start), numberEnd == end,
            scanner.standsAlone(number)
        {
            record(.article(number, paragraph: nil, code: .code(.unspecified)), offsets: start..<end)
            return
        }
        run()
    }

    /// At the start of a word: a code or instrument named before its article ("AVG art. 9",
    /// which is not the phrase "AVG"), a phrase, a cue, or nothing.
    private mutating func word(at start: Int) -> Int {
        if let (code, end) = scanner.codeMarkers.longestMatch(in: bytes, at: start),
            let after = articles(at: skipPunctuation(from: end), from: start, code: code)
        {
            return after
        }
        if let (phrase, end) = scanner.phrases.longestMatch(in: bytes, at: start) {
            record(.phrase(phrase), offsets: start..<end)
            return end
        }
        if let after = articles(at: start, from: start, code: nil) { return after }
        return endOfWord(start)
    }

    /// "nieuw Strafwetboek, art. 79", "Kinderrechtenverdrag (art. 19)": the code may come first,
    /// then a comma, colon or parenthesis.
    private func skipPunctuation(from index: Int) -> Int {
        var index = TextBytes.skipSpaces(bytes, from: index)
        if index < bytes.count, [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "(")].contains(bytes[index]) { index += 1 }
        return TextBytes.skipSpaces(bytes, from: index)
    }

    func endOfWord(_ start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard TextBytes.isDigit(byte) || TextBytes.isASCIILetter(byte) else { break }
                index += 1
            } else {
                guard TextBytes.isWordCharacter(bytes, at: index) else { break }
                index += TextBytes.scalarLength(byte)
            }
        }
        return max(index, start + 1)
    }
}
