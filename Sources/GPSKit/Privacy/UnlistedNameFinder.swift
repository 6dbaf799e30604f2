/// Finds words in her text written like a person's name who is not in the case's stakeholder
/// list or among its colleagues: "na de geboorte van Amber". A word counts when it has a
/// capital followed by small letters ("Amber", "Jan-Willem", "Ambers", "Amber's"), is no role,
/// title, acronym, service or word GPS uses itself (`NotAPersonWord`), and is not the name of
/// someone already pseudonymised. At the start of a sentence, line, list item or after a colon
/// every word has a capital, so there it only counts when the same word is a name elsewhere in
/// the case ("Voor Amber:" because of "van Amber"). Place names are caught too, on purpose: a
/// village says where a family lives.
struct UnlistedNameFinder {
    /// A name-like word in one text: `name` without its possessive ending, `atStart` when a
    /// capital there says nothing, `introduced` when the words after it say it is someone
    /// ("Sofie, de collega-verzorgende", "Jonathan is de oudste neef", "Nadine van het onthaal").
    struct Candidate: Equatable {
        var name: String
        var range: Range<String.Index>
        var atStart: Bool
        var introduced = false

        /// Whether it counts as a name on its own, without being one elsewhere in the case.
        var isName: Bool { !atStart || introduced }
    }

    /// Folded, lower-case words of every stakeholder's and colleague's name.
    private let known: Set<String>

    init(knownNames: [String]) {
        var known = Set<String>()
        for name in knownNames {
            for word in PersonName(name).cleaned.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
                known.insert(Self.key(String(word)))
                for part in word.split(separator: "-") { known.insert(Self.key(String(part))) }
            }
        }
        self.known = known
    }

    /// The case's people, today's, of earlier ecograms and of its intervisions.
    init(case file: CaseFile) {
        let colleagues = Colleagues(file)
        self.init(
            knownNames: (file.stakeholders + file.ecograms.flatMap(\.stakeholders)).map(\.name) + colleagues.participants
                + colleagues.facilitators)
    }

    static func key(_ word: String) -> String { FoldedText.fold(word).lowercased() }

    /// A capital, small letters, optionally more such parts joined by hyphens, then a possessive.
    private static let word = TextPattern(
        #"(?<![\p{L}\p{N}_@.])(?<!\p{L}-)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)('s|’s|'|’)?(?![\p{L}\p{N}_])(?!-\p{L})"#)

    /// Every name-like word in `text` that may be an unlisted person, in reading order.
    func candidates(in text: String) -> [Candidate] {
        // "Kerkstraat 12" is an address: the identifier scan finds it, refuses or masks it whole.
        let addresses = StreetAddress.matches(in: text)
        return Self.word.groups(in: text).compactMap { groups in
            guard let whole = groups[0], let word = groups[1], !addresses.contains(where: { $0.overlaps(whole) }) else { return nil }
            let name = String(text[word])
            guard isCandidate(name) else { return nil }
            let atStart = Self.startsSomething(at: whole.lowerBound, in: text)
            return Candidate(name: name, range: whole, atStart: atStart, introduced: atStart && Self.introducesSomeone(after: whole, in: text))
        }
    }

    /// At a sentence start, what follows a word can say it is a person: an apposition with a
    /// role ("Sofie, de collega-verzorgende die …"), "is/was" with a role ("Romy is een
    /// vriendinnetje"), or "van/uit" a place people belong to ("Katrijn van de crèche").
    static func introducesSomeone(after word: Range<String.Index>, in text: String) -> Bool {
        // "Hopelijk is de buurvrouw thuis": an adverb before an inverted subject is no name.
        let lower = text[word].lowercased()
        guard !adverbEndings.contains(where: lower.hasSuffix) else { return false }
        let rest = text[word.upperBound...]
        let clause = rest.prefix { !".;:!?\n".contains($0) }
        if clause.hasPrefix(", ") {
            let apposition = clause.dropFirst(2).prefix { $0 != "," }
            let words = apposition.split(separator: " ").prefix(4)
            return words.first.map { RoleWord.isDeterminer(String($0)) } == true && RoleWord.match(in: words.joined(separator: " ")) != nil
        }
        let words = clause.split(separator: " ").map { $0.lowercased() }
        guard words.count >= 3 else { return false }
        if ["is", "was"].contains(words[0]), RoleWord.isDeterminer(words[1]),
            let role = RoleWord.match(in: words[2..<min(words.count, 5)].joined(separator: " "))
        {
            // The role must end the clause, as in "Bram is een neef (van papa)"; in "Bovendien is
            // de oma ziek" the role is the subject and the adverb before it no name.
            let after = words[2...].drop { $0 != role.word }.dropFirst()
            let rest = Array(after)
            return rest.isEmpty
                || (["van", "uit", "bij"].contains(rest[0]) && (rest.count == 2 || (rest.count == 3 && RoleWord.isDeterminer(rest[1]))))
        }
        if ["van", "uit"].contains(words[0]), ["de", "het"].contains(words[1]) {
            return RoleWord.isInstitution(words[2]) || RoleWord.isRole(words[2]) || Self.placesPeopleBelongTo.contains(words[2])
        }
        return false
    }

    private static let adverbEndings = ["lijk", "ig", "baar", "tijds", "waarts", "gewijs", "halve"]

    /// Where someone is "van" in a care worker's notes: "Gert van de voetbal", "Nadine van het onthaal".
    private static let placesPeopleBelongTo: Set<String> = [
        "onthaal", "voetbal", "jeugdhuis", "jeugdbeweging", "chiro", "scouts", "straat", "buurt", "overkant", "klas", "kerk",
        "moskee", "winkel", "apotheek", "bakker", "markt", "sportclub", "muziekschool", "bib",
    ]

    private func isCandidate(_ name: String) -> Bool {
        if isKnown(name) || Self.isOrdinary(name) { return false }
        let parts = name.split(separator: "-").map(String.init)
        // "Oost-Vlaanderen" is a place of the list; "Jan-Willem" is a name.
        if parts.count > 1, parts.allSatisfy({ Self.isOrdinary($0) || known.contains(Self.key($0)) }) { return false }
        return true
    }

    /// A listed person's name, also inflected as the pseudonymiser reads it: "Sofies", "Robbeke".
    private func isKnown(_ name: String) -> Bool {
        let key = Self.key(name)
        return known.contains(key) || Self.stems(of: key).contains(where: known.contains)
    }

    /// What `key` may be an inflection of: "sofies" of "sofie", "jefke" of "jef".
    static func stems(of key: String) -> [String] {
        ["s", "tje", "je", "ke"].compactMap { ending in
            key.hasSuffix(ending) && key.count > ending.count + 1 ? String(key.dropLast(ending.count)) : nil
        }
    }

    /// Words with a capital that identify no one: roles ("Oma", "Kleuterjuf"), titles,
    /// determiners, services ("Sint-Jozefschool"), and `NotAPersonWord`s.
    private static func isOrdinary(_ word: String) -> Bool {
        let lower = word.lowercased()
        if RoleWord.isRole(word) || RoleWord.isTitle(word) || RoleWord.isDeterminer(word) || RoleWord.isNotAName(word) {
            return true
        }
        if let match = RoleWord.match(in: lower), match.word == lower { return true }
        if RoleWord.endsInInstitution(word) { return true }
        return NotAPersonWord.contains(word)
    }

    /// Whether a word at `index` stands where any word has a capital: the start of the text, a
    /// sentence, a line, a list item ("- ", "• ") or after a colon.
    static func startsSomething(at index: String.Index, in text: String) -> Bool {
        if RunningText.startsSentence(at: index, in: text) { return true }
        let before = text[..<index].reversed().drop(while: { $0 == " " || $0 == "\t" || quotes.contains($0) })
        guard let previous = before.first else { return true }
        if previous == ":" { return true }
        if "-–•*".contains(previous) {
            let rest = before.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
            return rest.first.map { $0 == "\n" || $0 == "\r" } ?? true
        }
        return false
    }

    private static let quotes: Set<Character> = ["'", "\"", "„", "“", "”", "‘", "’", "("]
}
