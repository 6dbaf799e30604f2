/// Text as the archive compares it: lower case and without accents, so "Chloé", "CHLOE" and
/// "chloe" are one word. Works on UTF-8 bytes and keeps every line break where it was, so a
/// line of the folded text is the same line of the original.
public enum ArchiveText {
    public static func folded(_ text: String) -> String {
        String(decoding: foldedBytes(Array(text.utf8)), as: UTF8.self)
    }

    public static func foldedBytes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                index += 1
            } else if index + 1 < count, byte == 0xC3, let base = latin1[bytes[index + 1]] {
                out.append(base)
                index += 2
            } else if index + 1 < count, byte == 0xC4 || byte == 0xC5,
                let base = extendedA[UInt16(byte) << 8 | UInt16(bytes[index + 1])]
            {
                out.append(base)
                index += 2
            } else if index + 1 < count, (byte == 0xCC) || (byte == 0xCD && bytes[index + 1] <= 0xAF) {
                // A combining accent (U+0300–U+036F) written after its letter: dropped.
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// Second bytes of U+00C0–U+00FF (after 0xC3) and the plain letter each stands for.
    private static let latin1: [UInt8: UInt8] = {
        let letters = Array("aaaaaa_ceeeeiiiidnooooo_ouuuuy__aaaaaa_ceeeeiiiidnooooo_ouuuuy_y".utf8)
        var table: [UInt8: UInt8] = [:]
        for (offset, letter) in letters.enumerated() where letter != UInt8(ascii: "_") {
            table[UInt8(0x80 + offset)] = letter
        }
        return table
    }()

    /// The accented letters of Latin Extended-A that Flemish names and loan words use.
    private static let extendedA: [UInt16: UInt8] = {
        let pairs: [(UInt32, Character)] = [
            (0x0100, "a"), (0x0101, "a"), (0x0106, "c"), (0x0107, "c"), (0x010C, "c"), (0x010D, "c"), (0x0112, "e"),
            (0x0113, "e"), (0x0116, "e"), (0x0117, "e"), (0x0118, "e"), (0x0119, "e"), (0x011A, "e"), (0x011B, "e"),
            (0x012A, "i"), (0x012B, "i"), (0x0141, "l"), (0x0142, "l"), (0x0143, "n"), (0x0144, "n"), (0x0147, "n"),
            (0x0148, "n"), (0x014C, "o"), (0x014D, "o"), (0x0150, "o"), (0x0151, "o"), (0x0158, "r"), (0x0159, "r"),
            (0x015A, "s"), (0x015B, "s"), (0x015E, "s"), (0x015F, "s"), (0x0160, "s"), (0x0161, "s"), (0x016A, "u"),
            (0x016B, "u"), (0x016E, "u"), (0x016F, "u"), (0x0170, "u"), (0x0171, "u"), (0x0178, "y"), (0x0179, "z"),
            (0x017A, "z"), (0x017B, "z"), (0x017C, "z"), (0x017D, "z"), (0x017E, "z"),
        ]
        var table: [UInt16: UInt8] = [:]
        for (scalar, letter) in pairs {
            let utf8 = Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
            table[UInt16(utf8[0]) << 8 | UInt16(utf8[1])] = letter.asciiValue!
        }
        return table
    }()
}
