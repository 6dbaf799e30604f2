/// One left-to-right walk of the scanner over a text's bytes.
struct ScanPass {
    struct Match {
        var citation: ScannedReference.Citation
        var offsets: Range<Int>
        var resolution: Resolution
    }

    let scanner: ReferenceScanner
    let bytes: UnsafeBufferPointer<UInt8>
    var found: [Match] = []

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

    /// At the start of a word: a phrase, a code named before its article, a cue, or nothing.
    private mutating func word(at start: Int) -> Int {
        if let (target, end) = scanner.phrases.longestMatch(in: bytes, at: start) {
            let resolution: Resolution =
                switch target {
                case .provision(let id): .provision(id)
                case .misCitation(let citation): .misCitation(citation)
                }
            let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            found.append(Match(citation: .phrase(phrase), offsets: start..<end, resolution: resolution))
            return end
        }
        if let (code, end) = scanner.codeMarkers.longestMatch(in: bytes, at: start),
            let after = articles(at: skipPunctuation(from: end), from: start, code: code)
        {
            return after
        }
        if let after = articles(at: start, from: start, code: nil) { return after }
        return endOfWord(start)
    }

    /// "nieuw Strafwetboek, art. 79": the code may come first, then a comma or colon.
    private func skipPunctuation(from index: Int) -> Int {
        var index = TextBytes.skipSpaces(bytes, from: index)
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ":") { index += 1 }
        return TextBytes.skipSpaces(bytes, from: index)
    }

    func endOfWord(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, TextBytes.isWordCharacter(bytes, at: index) {
            index += TextBytes.scalarLength(bytes[index])
        }
        return max(index, start + 1)
    }
}
