/// A font-free estimate of how much room a line of text takes, so the layout needs no fonts.
/// It errs on the wide side: a label box that is too big costs space, one too small overlaps.
public struct LabelMetrics: Sendable, Equatable {
    public var fontSize: Double
    /// The advance of an ordinary character, as a fraction of the font size.
    public var characterWidth: Double
    /// The height of a label box, as a fraction of the font size.
    public var lineHeight: Double

    public static let standard = LabelMetrics(fontSize: 12, characterWidth: 0.6, lineHeight: 1.35)

    public func width(of text: String) -> Double {
        text.reduce(0) { $0 + Self.units(of: $1) } * characterWidth * fontSize
    }

    public var height: Double { lineHeight * fontSize }

    /// Emoji and East Asian wide characters count as two; capitals and m/w as one and a quarter.
    static func units(of character: Character) -> Double {
        guard let first = character.unicodeScalars.first else { return 0 }
        if isWide(first) || character.unicodeScalars.contains(where: \.properties.isEmojiPresentation) { return 2 }
        if character.unicodeScalars.count > 1 && character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        if character.isUppercase || character == "m" || character == "w" { return 1.25 }
        return 1
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
