import Foundation

/// The name of a stakeholder as it can appear in text: "Ilse (29)" is matched as "Ilse",
/// "Jan Peeters" also as "Jan", "Peeters" and "J. Peeters".
struct PersonName: Sendable, Equatable {
    /// The name without parenthesised parts, ages or trailing punctuation.
    let cleaned: String
    /// Words of the name that are proper names, not roles, titles or particles.
    let properParts: [String]

    init(_ name: String) {
        var text = name
        for pattern in [Self.bracketed, Self.age] {
            for range in pattern.matches(in: text).reversed() { text.removeSubrange(range) }
        }
        cleaned = text.split { $0.isWhitespace || $0 == "," }.joined(separator: " ")
            .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        properParts = cleaned.split(separator: " ").map(String.init).filter { word in
            word.count >= 2 && word.first!.isUppercase && !RoleWord.isRole(word)
                && !Self.particles.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
        }
    }

    /// Whether the name holds anything that identifies: "moeder" or "OCMW" does not.
    var isProper: Bool { !properParts.isEmpty }

    var firstInitial: Character? { properParts.first?.first }
    var lastInitial: Character? { properParts.count > 1 ? properParts.last?.first : nil }

    /// The ways text may mention this person. People are also found by a single part of their
    /// name; a service or organisation only by its whole name, so "OCMW Gent" leaves "Gent" alone.
    func forms(isPerson: Bool) -> [String] {
        guard isProper else { return [] }
        var forms = [cleaned]
        if isPerson {
            forms += properParts
            if properParts.count > 1, let initial = firstInitial, let last = properParts.last {
                forms.append("\(initial). \(last)")
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0.lowercased()).inserted }
    }

    private static let bracketed = TextPattern(#"\([^)]*\)|\[[^\]]*\]"#)
    private static let age = TextPattern(
        #"\d+\s*(?:jaar|jr\.?|j\.?|years?|yrs?|y)?(?![\p{L}])"#, caseInsensitive: true
    )
    private static let particles: Set<String> = [
        "van", "de", "der", "den", "het", "ter", "ten", "te", "le", "la", "du", "von", "vd", "d'", "l'",
        "dr", "meneer", "mevrouw", "mevr", "mr", "mw", "dhr", "mme", "mevr.", "madame", "monsieur",
    ]
}
