/// One place in a text that refers to one or more stakeholders: a name, an inflected name
/// ("Jans", "Jan's", "Ilseke") or initials.
struct NameMention {
    var range: Range<String.Index>
    /// Indexes into the pseudonymiser's people; more than one when a name is shared.
    var people: [Int]
    var isPossessive: Bool
    /// Exact names win over an inflection of another name of the same length ("Anke" over "An" + "ke").
    var isInflected: Bool
}

extension NameMention {
    /// Whether the mention ends in a bare apostrophe with no word after it: a closing quote.
    func isQuoteClosing(in text: String) -> Bool {
        guard let last = text[range].last, "'’".contains(last) else { return false }
        return RunningText.word(after: range.upperBound, in: text) == nil
    }
}

/// Finds the mentions of a set of names in free text, in any case and with or without accents
/// ("Chloe", "Chloé", "CHLOE").
struct NameMentionFinder {
    private struct Form {
        var pattern: TextPattern
        var people: [Int]
        /// A common word as a name ("Hoop") only counts with a capital.
        var needsCapital: Bool
    }

    private let forms: [Form]
    /// People by the initial of their first name, and by first and last initial.
    private let byInitial: [Character: [Int]]
    private let byInitials: [String: [Int]]
    private let canBeAbbreviated: Set<Int>

    /// `capitalOnly`: people found only where their name has a capital, such as the unlisted
    /// names, whose small-letter twin is an ordinary word ("amber").
    init(names: [PersonName], isPerson: [Bool], capitalOnly: Set<Int> = []) {
        var owners: [String: (form: String, people: [Int])] = [:]
        for (index, name) in names.enumerated() {
            for form in name.forms(isPerson: isPerson[index]) {
                owners[FoldedText.fold(form).lowercased(), default: (FoldedText.fold(form), [])].people.append(index)
            }
        }
        forms = owners.keys.sorted().map { key in
            let (form, people) = owners[key]!
            let literal = form.split(separator: " ").map { TextPattern.escaped(String($0)) }.joined(separator: #"\s+"#)
            return Form(
                pattern: TextPattern(
                    Self.before + "(" + literal + ")" + Self.inflection + Self.after, caseInsensitive: true),
                people: people,
                needsCapital: (!form.contains(" ") && CommonWordName.contains(form)) || people.allSatisfy(capitalOnly.contains)
            )
        }
        var byInitial: [Character: [Int]] = [:]
        var byInitials: [String: [Int]] = [:]
        // Someone in no list is never abbreviated, and must not make "T." ambiguous for Tom.
        for (index, name) in names.enumerated() where !capitalOnly.contains(index) {
            guard let first = name.firstInitial.map(FoldedText.fold) else { continue }
            byInitial[first, default: []].append(index)
            if let last = name.lastInitial.map(FoldedText.fold) { byInitials["\(first)\(last)", default: []].append(index) }
        }
        self.byInitial = byInitial
        self.byInitials = byInitials
        canBeAbbreviated = Set(isPerson.indices.filter { isPerson[$0] })
    }

    private static let before = #"(?<![\p{L}\p{N}_])(?<!\p{L}-)"#
    private static let after = #"(?![\p{L}\p{N}_])(?!-\p{L})"#
    /// Possessives ("Jans", "Jan's", "Thomas'") and Flemish and Dutch diminutives ("Jefke", "Jantje").
    private static let inflection = #"('s|’s|'|’|s|tje|je|ke)?"#

    /// Initials count only where they are clearly initials: two of them ("I.P."), or one followed
    /// by a word in lower case or by a comma, semicolon, colon, slash or closing bracket
    /// ("I. kwam", "met I., de moeder"). "… zei I. Toen" is left alone.
    private static let pairOfInitials = TextPattern(#"(?<![\p{L}\p{N}.])(\p{Lu})\.\s?(\p{Lu})\.(?![\p{L}])"#)
    private static let singleInitial = TextPattern(#"(?<![\p{L}\p{N}.])(\p{Lu})\.(?=\s+\p{Ll}|\s*[,;:)/])"#)

    func mentions(in text: String) -> [NameMention] {
        var found: [NameMention] = []
        let folded = FoldedText(text)
        for form in forms {
            for groups in form.pattern.groups(in: folded.folded) {
                guard let whole = groups[0], let name = groups[1] else { continue }
                if form.needsCapital, !folded.folded[name].first!.isUppercase { continue }
                let suffix = groups[2].map { String(folded.folded[$0]) } ?? ""
                found.append(
                    NameMention(
                        range: folded.originalRange(of: whole), people: form.people,
                        isPossessive: !suffix.isEmpty && !["tje", "je", "ke"].contains(suffix),
                        isInflected: !suffix.isEmpty
                    )
                )
            }
        }
        return Self.withoutOverlaps(found + initials(in: text), in: text)
    }

    private func initials(in text: String) -> [NameMention] {
        var found: [NameMention] = []
        for groups in Self.pairOfInitials.groups(in: text) {
            guard let whole = groups[0], let first = groups[1], let last = groups[2] else { continue }
            if let person = unique(byInitials[FoldedText.fold(String(text[first]) + String(text[last]))]) {
                found.append(NameMention(range: whole, people: [person], isPossessive: false, isInflected: false))
            }
        }
        for groups in Self.singleInitial.groups(in: text) {
            guard let whole = groups[0], let letter = groups[1], let initial = text[letter].first else { continue }
            if let person = unique(byInitial[FoldedText.fold(initial)]) {
                found.append(NameMention(range: whole, people: [person], isPossessive: false, isInflected: false))
            }
        }
        return found
    }

    /// The one person a set of initials can mean, if that person's name may be abbreviated.
    private func unique(_ people: [Int]?) -> Int? {
        guard let people, people.count == 1, canBeAbbreviated.contains(people[0]) else { return nil }
        return people[0]
    }

    /// Longer mentions first ("Jan Peeters" before "Jan"), exact names before inflections.
    private static func withoutOverlaps(_ mentions: [NameMention], in text: String) -> [NameMention] {
        let ordered = mentions.map { (mention: $0, length: text[$0.range].count) }.sorted { lhs, rhs in
            if lhs.length != rhs.length { return lhs.length > rhs.length }
            if lhs.mention.isInflected != rhs.mention.isInflected { return !lhs.mention.isInflected }
            return lhs.mention.range.lowerBound < rhs.mention.range.lowerBound
        }
        var kept: [NameMention] = []
        for (mention, _) in ordered where !kept.contains(where: { $0.range.overlaps(mention.range) }) {
            kept.append(mention)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
