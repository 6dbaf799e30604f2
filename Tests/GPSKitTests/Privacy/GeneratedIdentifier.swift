/// Valid identifiers built with their checksums in the test, independent of the scanner's code.
enum GeneratedIdentifier {
    static func nationalNumber(using generator: inout SplitMix64, bis: Bool) -> String {
        let year = Int.random(in: 1920...2025, using: &generator)
        var month = Int.random(in: 0...12, using: &generator)
        let day = month == 0 ? Int.random(in: 0...31, using: &generator) : Int.random(in: 0...28, using: &generator)
        if bis { month += Bool.random(using: &generator) ? 20 : 40 }
        let serial = Int.random(in: 1...997, using: &generator)
        let body = (year % 100) * 10_000_000 + month * 100_000 + day * 1_000 + serial
        let check = 97 - ((year >= 2000 ? 2_000_000_000 : 0) + body) % 97
        let digits = pad(body, 9) + pad(check, 2)
        let d = Array(digits)
        return switch Int.random(in: 0...3, using: &generator) {
        case 0: "\(String(d[0..<2])).\(String(d[2..<4])).\(String(d[4..<6]))-\(String(d[6..<9])).\(String(d[9..<11]))"
        case 1: digits
        case 2: "\(String(d[0..<6]))-\(String(d[6..<9]))-\(String(d[9..<11]))"
        default: "\(String(d[0..<2])) \(String(d[2..<4])) \(String(d[4..<6])) \(String(d[6..<9])) \(String(d[9..<11]))"
        }
    }

    static func belgianIBAN(using generator: inout SplitMix64) -> String {
        let account = (0..<10).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        let national = Int(account)! % 97
        let bban = account + pad(national == 0 ? 97 : national, 2)
        // Check digits: 98 − (BBAN + "BE00" as digits) mod 97, with B = 11 and E = 14.
        var remainder = 0
        for character in bban + "111400" { remainder = (remainder * 10 + character.wholeNumberValue!) % 97 }
        let iban = "BE" + pad(98 - remainder, 2) + bban
        return Bool.random(using: &generator) ? iban : grouped(iban)
    }

    static func phone(using generator: inout SplitMix64) -> String {
        let mobile = Bool.random(using: &generator)
        let rest = (0..<6).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        let head =
            mobile
            ? "04\(Int.random(in: 5...9, using: &generator))\(Int.random(in: 0...9, using: &generator))"
            : "0\([1, 2, 3, 5, 9].randomElement(using: &generator)!)\(Int.random(in: 1...9, using: &generator))"
        let number = head + rest
        let local = String(number.dropFirst())
        return switch Int.random(in: 0...3, using: &generator) {
        case 0: number
        case 1: "+32 " + local
        case 2: String(number.prefix(4)) + " " + String(number.dropFirst(4))
        default: "0032 " + local
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func grouped(_ iban: String) -> String {
        stride(from: 0, to: iban.count, by: 4).map { start in
            String(Array(iban)[start..<min(start + 4, iban.count)])
        }.joined(separator: " ")
    }
}
