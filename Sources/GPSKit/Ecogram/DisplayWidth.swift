/// How many terminal columns text takes: wide East Asian characters and emoji take two,
/// combining marks and joiners none. Terminals disagree at the edges, so where in doubt this
/// counts more, never less, and a line it measures as 80 columns never wraps.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = character.unicodeScalars
        if scalars.contains(where: { $0.properties.isEmojiPresentation || $0 == "\u{FE0F}" }) { return 2 }
        guard let base = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        return isWide(base) ? 2 : 1
    }

    /// The longest prefix that fits in `width` columns, ending with "…" when it had to cut.
    /// Reads no further than it must, so a name of thousands of characters costs no more.
    public static func shortened(_ text: String, to width: Int) -> String {
        var used = 0
        var fitsWithEllipsis = text.startIndex
        for index in text.indices {
            used += of(text[index])
            if used > width {
                var result = String(text[..<fitsWithEllipsis])
                while result.last == " " { result.removeLast() }
                return result + "…"
            }
            if used <= width - 1 { fitsWithEllipsis = text.index(after: index) }
        }
        return text
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: true
        default: false
        }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x3FFFD,
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        wideRanges.contains { $0.contains(scalar.value) }
    }
}
