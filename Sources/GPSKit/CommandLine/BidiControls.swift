/// Unicode's bidirectional controls: embeddings, overrides, isolates and marks. On a terminal
/// they can make text read in another order than it was typed ("Trojan Source"), so what
/// reaches her screen shows each as its code point, `<U+202E>`. Files keep them as typed.
public enum BidiControls {
    static let values: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { values.contains($0.value) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if values.contains(scalar.value) {
                result.append(contentsOf: "<U+\(hex(scalar.value))>".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
