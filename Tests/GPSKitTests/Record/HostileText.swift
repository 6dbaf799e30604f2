/// Random strings from an alphabet chosen to break Markdown: every ASCII punctuation mark,
/// whitespace and line breaks of all kinds, controls, combining marks, emoji, right-to-left
/// text and whole Markdown tokens.
struct HostileText {
    static let punctuation = ##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.map(String.init)
    static let alphanumerics = "abcxyzABCXYZ0123456789".map(String.init)
    static let spaces = [" ", " ", "  ", "\t", "    ", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}"]
    static let lineBreaks = ["\n", "\n", "\r\n", "\r", "\n\n", "\u{2028}", "\u{2029}", "\u{85}"]
    static let controls = (0x00...0x1F).map { String(UnicodeScalar(UInt8($0))) } + ["\u{7F}", "\u{80}", "\u{9F}"]
    static let combining = ["\u{301}", "\u{308}", "\u{20E3}", "\u{FE0F}", "\u{200D}", "\u{334}"]
    static let emoji = ["😀", "👩‍👩‍👧", "🏳️‍🌈", "#️⃣", "*️⃣", "👍🏽", "🇧🇪"]
    static let rightToLeft = ["\u{202E}", "\u{202B}", "\u{200F}", "\u{200E}", "\u{2067}", "\u{2069}", "שלום", "مرحبا"]
    static let tokens = [
        "```", "~~~", "~~", "**", "__", "<br>", "<!--", "-->", "<div>", "<script>", "&amp;", "&#35;", "&copy",
        "http://x.y", "www.x.com", "[x]: /u", "![a](b)", "[l](http://x)", ":-:", "|---|", "---", "===", "***",
        "1.", "1)", "12.", "- ", "* ", "+ ", "> ", "# ", "### ", "\\", "\\\\", "[^1]", "- [ ] ", "`x`", "$$",
    ]

    /// Categories with their weights, so punctuation dominates but everything appears often.
    static let alphabet: [(weight: Int, pieces: [String])] = [
        (30, punctuation), (14, alphanumerics), (10, spaces), (9, lineBreaks), (12, tokens),
        (6, controls), (7, combining), (5, emoji), (7, rightToLeft),
    ]

    var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// Half free-form runs of up to 40 pieces, half a few short lines, so that whole lines of
    /// nothing but markup (`:-:`, `> `, `---`) come up often.
    mutating func next() -> String {
        if Bool.random(using: &generator) { return pieces(upTo: 40) }
        let lineCount = Int.random(in: 1...5, using: &generator)
        return (0..<lineCount).map { number in
            (number == 0 ? "" : Self.lineBreaks.randomElement(using: &generator) ?? "\n") + pieces(upTo: 4)
        }.joined()
    }

    private mutating func pieces(upTo maxPieces: Int) -> String {
        let count = Int.random(in: 0...maxPieces, using: &generator)
        return (0..<count).map { _ in piece() }.joined()
    }

    private mutating func piece() -> String {
        let total = Self.alphabet.reduce(0) { $0 + $1.weight }
        var pick = Int.random(in: 0..<total, using: &generator)
        for category in Self.alphabet {
            if pick < category.weight { return category.pieces.randomElement(using: &generator) ?? "" }
            pick -= category.weight
        }
        return ""
    }
}
