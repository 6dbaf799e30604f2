/// Byte-level character classes for scanning UTF-8 text without decoding it.
enum TextBytes {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// ASCII letters and digits, and every byte of a non-ASCII character (most are letters;
    /// the exceptions are checked by `isWordCharacter`).
    static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isASCIILetter(byte) || byte >= 0x80 }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// U+00A0, which word processors put between "art." and the number.
    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { isASCIILetter(byte) ? byte | 0x20 : byte }

    /// Lower-cases ASCII and the Latin-1 capitals (É → é: C3 89 → C3 A9), so "Code Pénal" and
    /// "CODE PÉNAL" match alike.
    static func foldedByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        let byte = bytes[index]
        if byte < 0x80 { return lowercased(byte) }
        if index > 0, bytes[index - 1] == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte + 0x20 }
        return byte
    }

    static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if isNoBreakSpace(bytes, at: index) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Whether the character starting at `index` is a letter or digit (false at the end).
    static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return isDigit(byte) || isASCIILetter(byte) }
        return scalar(in: bytes, at: index).map(isWordScalar) ?? false
    }

    /// Whether the character ending just before `index` is a letter or digit.
    static func followsWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(bytes, at: start)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar that starts at `index`, or nil if the bytes there are not a valid start.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard lead >= 0xC0 || lead < 0x80, index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// Length in bytes of the character that starts with `lead`.
    static func scalarLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
