import Foundation

/// The name of a stakeholder as it can appear in text: "Ilse (29)" is matched as "Ilse",
/// "Jan Peeters" also as "Jan", "Peeters" and "J. Peeters".
struct PersonName: Sendable, Equatable {
    /// The name without parenthesised parts, ages or trailing punctuation.
    let cleaned: String
    /// Words of the name that are proper names, not roles, titles or particles.
    private(set) var properParts: [String]
    /// Proper names the name refers to rather than is: "Dirk" in "vrienden en klanten van Dirk".
    let referencedParts: [String]

    init(_ name: String) {
        var text = name
        for pattern in [Self.bracketed, Self.age] {
            for range in pattern.matches(in: text).reversed() { text.removeSubrange(range) }
        }
        cleaned = text.split { $0.isWhitespace || $0 == "," }.joined(separator: " ")
            .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        let words = cleaned.split(separator: " ").map(String.init)
        let proper = words.filter { word in
            word.count >= 2 && word.first!.isUppercase && !RoleWord.isRole(word) && !RoleWord.isNotAName(word)
                && !Self.particles.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
        }
        properParts = proper
        // "van" after a word in lower case points at someone else ("school van Tom"); after a
        // first name it is part of a surname ("Jan van Dijk").
        var referenced: [String] = []
        for index in words.indices.dropFirst().dropLast()
        where ["van", "of"].contains(words[index]) && words[index - 1].first!.isLowercase {
            referenced += words[(index + 1)...].filter { proper.contains($0) }
        }
        referencedParts = referenced
    }

    /// The name without the parts that belong to someone else in the case: "vrienden en klanten
    /// van Dirk", when Dirk is a stakeholder himself, is no name, and "Dirk" is his alone.
    func without(_ parts: Set<String>) -> PersonName {
        var copy = self
        copy.properParts = properParts.filter { !(parts.contains($0) && referencedParts.contains($0)) }
        return copy
    }

    /// Whether the name holds anything that identifies: "moeder" or "OCMW" does not.
    var isProper: Bool { !properParts.isEmpty }

    /// Whether a name outside the family and friends is still a person's ("Griet Janssens",
    /// "dokter Verhaegen") rather than a service's ("OCMW Gent", "De Ark", "Sint-Jozefschool").
    var looksLikeAPerson: Bool {
        let words = cleaned.split(separator: " ").map(String.init)
        guard isProper, let first = words.first, !["de", "het", "the"].contains(first.lowercased()) || words.count < 2 else {
            return false
        }
        return !words.contains { word in
            RoleWord.isInstitution(word) || (word.count >= 2 && word.allSatisfy { $0.isUppercase || !$0.isLetter })
        }
    }

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
                // "Van Damme" and "N. Van Damme" for "Nadia Van Damme".
                if let surname = surnameWithParticles {
                    forms += [surname, "\(initial). \(surname)"]
                }
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0.lowercased()).inserted }
    }

    /// The surname from its first particle on, when it has one: "Van Damme", "de Smet".
    private var surnameWithParticles: String? {
        let words = cleaned.split(separator: " ").map(String.init)
        guard words.count > 2,
            let start = words.indices.dropFirst().first(where: { Self.particles.contains(words[$0].lowercased()) }),
            start < words.count - 1
        else { return nil }
        return words[start...].joined(separator: " ")
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
