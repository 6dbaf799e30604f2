/// Finds which stakeholders a short text names, for proposals she confirms with Enter: "ik,
/// met Griet" names Griet, "bij de huisarts" the doctor. A person is found by her own name,
/// anyone by the first words of name and relation ("huisarts", "zus"); a word two stakeholders
/// share names neither.
struct StakeholderMentions {
    private let keys: [(words: [String], person: Int)]

    init(_ stakeholders: [Stakeholder]) {
        var candidates: [(words: [String], person: Int)] = []
        for (index, person) in stakeholders.enumerated() {
            for key in Self.keys(of: person) where !candidates.contains(where: { $0.words == key && $0.person == index }) {
                candidates.append((key, index))
            }
        }
        keys = candidates.filter { candidate in
            !candidates.contains { $0.words == candidate.words && $0.person != candidate.person }
        }
    }

    /// The stakeholders named in `text`, by index, in order of first mention.
    func people(in text: String, onlyAfterCue: Bool = false) -> [Int] {
        var found: [Int] = []
        for clause in text.split(whereSeparator: { ",;:.!?\n()".contains($0) }) {
            var words = Self.words(String(clause))
            // "Kristel vertellen dat ik de consulent mail": who is spoken of takes no part.
            if onlyAfterCue, let cut = words.firstIndex(where: Self.reported.contains) { words = Array(words[..<cut]) }
            for start in words.indices {
                for key in keys where Self.matches(key.words, words, at: start) && !found.contains(key.person) {
                    if onlyAfterCue, !words[..<start].contains(where: Self.cues.contains), !words.contains(where: Self.contact) { continue }
                    found.append(key.person)
                }
            }
        }
        return found
    }

    private static func matches(_ key: [String], _ words: [String], at start: Int) -> Bool {
        start + key.count <= words.count && Array(words[start..<start + key.count]) == key
    }

    /// A person's own name parts; otherwise the first word of the name that is not an article,
    /// and the first such word of the relation.
    private static func keys(of person: Stakeholder) -> [[String]] {
        let name = PersonName(person.name)
        var keys: [[String]] = []
        if [.client, .household, .informal].contains(person.category) {
            keys += name.properParts.map { [TextSignals.fold($0)] }
            // "Mevrouw Peeters" is "mevrouw" in her facts, as long as no one else is.
            if let title = words(name.cleaned).first, addressTitles.contains(title) { keys.append([title]) }
        } else {
            keys += words(name.cleaned).filter { $0.count >= 3 && !skipped.contains($0) }.prefix(3).map { [$0] }
        }
        if keys.isEmpty, let first = words(name.cleaned).first(where: { !skipped.contains($0) }) { keys.append([first]) }
        if let relation = words(person.relation).first(where: { $0.count >= 3 && !skipped.contains($0) }) { keys.append([relation]) }
        return keys
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { TextSignals.fold(String($0)) }
    }

    /// Verbs of getting in touch: whoever a clause with one names is part of the step
    /// ("Juf Ann bellen", "de huisarts inlichten").
    private static func contact(_ word: String) -> Bool { contactWords.contains(word) }

    /// The forms a plan uses ("bellen", "mail"), not a story's ("wat Ilse vertelde").
    private static let contactWords: Set<String> = [
        "bel", "bellen", "opbellen", "mail", "mailen", "inlichten", "verwittigen", "vertellen", "melden", "contacteren",
        "informeren", "aanspreken", "sms", "sms'en", "schrijven", "call", "phone", "email", "tell", "inform", "report", "text",
    ]

    /// Words before a name that make a step happen with that person.
    private static let cues: Set<String> = ["met", "bij", "aan", "naar", "samen", "tegen", "voor", "with", "to", "at", "together", "for"]
    /// Words after which a step speaks of people rather than with them. Not "of", which is
    /// also "or" ("de huisarts of Griet bellen").
    private static let reported: Set<String> = ["dat", "omdat", "wat", "hoe", "waarom", "want", "that", "what", "how", "why", "because"]

    /// How a caregiver speaks of an older client: the title alone.
    private static let addressTitles: Set<String> = ["mevrouw", "meneer", "mevr", "mw", "dhr", "madame", "monsieur", "mrs", "mr"]
    private static let skipped: Set<String> = [
        "de", "het", "een", "mijn", "onze", "haar", "zijn", "van", "en", "of", "the", "a", "an", "my", "our", "her", "his", "of", "and",
    ]
}
