import Foundation

/// Replaces the names of a case's stakeholders and intervision colleagues by their role or a
/// stable pseudonym, in the stakeholder list and everywhere in free text.
///
/// A pseudonym says who someone is relative to the client: the role word in the name ("oma
/// Rita" → "grootmoeder", "de consulent"), else the first in the relation ("oudste zoon" →
/// "zoon"; "mama van" a client who is a parent → "grootmoeder"), else a word for the category
/// ("gezinslid"). When several people get the same word they are numbered in the order of the
/// stakeholder list ("kind 1", "kind 2"); the same list always gives the same pseudonyms.
/// Identical entries (same name, relation and category, as when a person appears in an earlier
/// ecogram) are one person. Different people who share a name keep their own pseudonyms; where
/// text mentions only the shared name, both stand there ("vader/zoon"). Colleagues of an
/// intervision are "deelnemer 1", "deelnemer 2" in the order they were first listed. People she
/// mentions who are in no list (`UnlistedNames`) are "persoon 1", "persoon 2", found only with a
/// capital and never by initials; after a role word their name simply goes ("haar collega Ruben"
/// becomes "haar collega"). "Persoon" reads as a name does in any place a name stood: "na de
/// geboorte van persoon 1", "toen die persoon 1 sloeg", and is numbered like "kind 2".
///
/// In running text the pseudonym reads as Dutch: with its article where it needs one ("een
/// gesprek met de cliënt"), a possessive turned round ("Ilses vraag" → "de vraag van de
/// cliënt") and no word doubled ("zijn dochter Noor" → "zijn dochter").
public struct Pseudonymiser: Sendable {
    private struct Person: Sendable {
        var key: Key
        var name: PersonName
        var isPerson: Bool
        var pseudonym: String
    }

    private struct Key: Hashable, Sendable {
        var name: String
        var relation: String
        var category: StakeholderCategory?

        init(_ stakeholder: Stakeholder) {
            name = PersonName(stakeholder.name).cleaned.lowercased()
            relation = stakeholder.relation.lowercased().trimmingCharacters(in: .whitespaces)
            category = stakeholder.category
        }

        init(colleague: String) {
            name = PersonName(colleague).cleaned.lowercased()
            relation = ""
            category = nil
        }
    }

    private let people: [Person]
    /// People from this index on are unlisted ones, "persoon 1" and on.
    private let firstUnlisted: Int
    private let finder: NameMentionFinder
    private let language: Language

    /// `colleagues`: the intervision's participants in order, then its facilitators; their names
    /// become "deelnemer N" and "begeleider" unless a stakeholder has the same name.
    /// `unlisted`: names of people in no list, "persoon 1", "persoon 2" in that order.
    public init(
        stakeholders: [Stakeholder], colleagues: Colleagues = Colleagues(), unlisted: [String] = [], messages: MessageTable
    ) {
        var seen = Set<Key>()
        let distinct = stakeholders.filter { seen.insert(Key($0)).inserted }
        let labels = distinct.map { Self.label(for: $0, among: distinct, messages: messages) }
        var people: [Person] = []
        for (index, stakeholder) in distinct.enumerated() {
            let sharing = labels.indices.filter { RoleWord.bare(labels[$0]) == RoleWord.bare(labels[index]) }
            let pseudonym =
                sharing.count == 1
                ? labels[index]
                : messages(
                    .privacyPseudonymNumbered,
                    ["role": RoleWord.bare(labels[index]), "number": String(sharing.firstIndex(of: index)! + 1)]
                )
            people.append(
                Person(
                    key: Key(stakeholder), name: PersonName(stakeholder.name),
                    isPerson: [.client, .household, .informal].contains(stakeholder.category)
                        || PersonName(stakeholder.name).looksLikeAPerson,
                    pseudonym: pseudonym
                )
            )
        }
        let stakeholderNames = Set(people.map(\.key.name))
        for (name, pseudonym) in colleagues.pseudonyms(messages: messages)
        where !stakeholderNames.contains(Key(colleague: name).name) {
            people.append(Person(key: Key(colleague: name), name: PersonName(name), isPerson: true, pseudonym: pseudonym))
        }
        let listed = people.count
        for (offset, name) in unlisted.enumerated() {
            // Only the whole word counts: "A." is no initial of someone GPS merely guessed at.
            people.append(
                Person(
                    key: Key(colleague: name), name: PersonName(name), isPerson: false,
                    pseudonym: messages(.privacyPseudonymUnlisted, ["number": String(offset + 1)])))
        }
        for index in people.indices {
            let ownedByOthers = people.indices.filter { $0 != index }.flatMap { other in
                people[other].name.properParts.filter { !people[other].name.referencedParts.contains($0) }
            }
            people[index].name = people[index].name.without(Set(ownedByOthers))
        }
        self.people = people
        firstUnlisted = listed
        language = messages.language
        finder = NameMentionFinder(
            names: people.map(\.name), isPerson: people.map(\.isPerson), capitalOnly: Set(listed..<people.count))
    }

    /// A pseudonymiser for every stakeholder the case knows, today's and those of earlier
    /// ecograms, and every colleague of its intervisions.
    public init(case file: CaseFile, unlisted: UnlistedNames? = nil, messages: MessageTable) {
        self.init(
            stakeholders: file.stakeholders + file.ecograms.flatMap(\.stakeholders), colleagues: Colleagues(file),
            unlisted: unlisted?.names.map(\.name) ?? [], messages: messages)
    }

    private static func label(for stakeholder: Stakeholder, among all: [Stakeholder], messages: MessageTable) -> String {
        if let role = RoleWord.role(in: stakeholder.name) { return role }
        if let match = RoleWord.match(in: stakeholder.relation) {
            return Self.relative(match, among: all.filter { $0 != stakeholder }, messages: messages) ?? match.form
        }
        return messages(fallback[stakeholder.category]!)
    }

    /// "mama van Nadia", where Nadia is a client and a mother, is the grandmother.
    private static func relative(_ match: RoleWord.Match, among others: [Stakeholder], messages: MessageTable) -> String? {
        let words = match.rest.split(whereSeparator: { !$0.isLetter }).prefix(2)
        guard words.count == 2, ["van", "of"].contains(words.first!.lowercased()) else { return nil }
        let named = FoldedText.fold(String(words.last!)).lowercased()
        guard
            let other = others.first(where: { person in
                PersonName(person.name).properParts.contains { FoldedText.fold($0).lowercased() == named }
            }), other.category == .client
        else { return nil }
        let otherRole = RoleWord.role(in: other.relation) ?? RoleWord.role(in: other.name) ?? ""
        return RoleWord.role(match.word, ofSomeoneWhoIs: otherRole)
    }

    private static let fallback: [StakeholderCategory: MessageKey] = [
        .client: .privacyPseudonymClient, .household: .privacyPseudonymHousehold,
        .informal: .privacyPseudonymInformal, .services: .privacyPseudonymServices,
        .organisation: .privacyPseudonymOrganisation, .society: .privacyPseudonymSociety,
    ]

    /// The pseudonym of a stakeholder; one the pseudonymiser was not given has its name's
    /// mentions replaced instead.
    public func pseudonym(for stakeholder: Stakeholder) -> String {
        let key = Key(stakeholder)
        return people.first { $0.key == key }?.pseudonym ?? pseudonymise(stakeholder.name)
    }

    /// The pseudonym of an intervision colleague, "deelnemer 2"; a name it does not know has its
    /// mentions replaced instead.
    public func pseudonym(forColleague name: String) -> String {
        let key = Key(colleague: name).name
        return people.first { $0.key.name == key }?.pseudonym ?? pseudonymise(name)
    }

    /// The pseudonyms of the stakeholders in list order, for a legend such as "moeder, kind 1, kind 2".
    public var pseudonyms: [String] { people.filter { $0.key.category != nil }.map(\.pseudonym) }

    /// The text with every mention of a stakeholder, colleague or unlisted person replaced by the pseudonym.
    public func pseudonymise(_ text: String) -> String {
        let mentions = finder.mentions(in: text)
        var edits = mentions.map { edit(for: $0, in: text) }
        // An edit that reaches into its neighbour's ("Nadia's vriendin Emma": "de vriendin van
        // mama" and "vriendin Emma" share a word) replaces only its own name.
        for index in edits.indices.dropFirst() where edits[index].0.overlaps(edits[index - 1].0) {
            edits[index] = edit(for: mentions[index], in: text, joiningWords: false)
            if edits[index].0.overlaps(edits[index - 1].0) {
                edits[index - 1] = edit(for: mentions[index - 1], in: text, joiningWords: false)
            }
        }
        var result = text
        for (range, replacement) in edits.reversed() { result.replaceSubrange(range, with: replacement) }
        return result
    }

    /// The names anywhere in `text` that belong to someone this pseudonymiser knows.
    func mentionedNames(in text: String) -> [(name: String, offset: Int)] {
        finder.mentions(in: text).map { (String(text[$0.range]), text.distance(from: text.startIndex, to: $0.range.lowerBound)) }
    }

    /// `joiningWords`: whether the edit may take in a word before or after the name (a role,
    /// an apposition, the noun after a possessive); without, only the name itself changes.
    private func edit(for mention: NameMention, in text: String, joiningWords: Bool = true) -> (Range<String.Index>, String) {
        var labels: [String] = []
        for index in mention.people where !labels.contains(people[index].pseudonym) {
            labels.append(people[index].pseudonym)
        }
        let previous = RunningText.word(before: mention.range.lowerBound, in: text)
        if joiningWords, labels.count == 1, !mention.isPossessive, let previous,
            let edit = edit(mention, after: previous, label: labels[0], in: text)
        {
            return edit
        }
        let atStart = RunningText.startsSentence(at: mention.range.lowerBound, in: text)
        if joiningWords, labels.count == 1, !mention.isPossessive,
            let apposition = RunningText.apposition(after: mention.range.upperBound, in: text),
            RoleWord.role(in: apposition.role).map(RoleWord.bare) == RoleWord.bare(labels[0])
        {
            // "Lies, mijn verantwoordelijke" becomes "Mijn verantwoordelijke", not "De verantwoordelijke, mijn verantwoordelijke".
            let first = String(text[apposition.range])
            let phrase = atStart ? first.prefix(1).uppercased() + first.dropFirst() : first
            return (mention.range.lowerBound..<apposition.range.upperBound, phrase)
        }
        let determined = previous.map { RoleWord.isDeterminer($0.word) } ?? false
        var range = mention.range
        var phrase: String
        if mention.isPossessive {
            let owner = labels.count > 1 ? labels.map(RoleWord.bare).joined(separator: "/") : withArticle(labels[0])
            if joiningWords, language == .nl, let next = RunningText.word(after: mention.range.upperBound, in: text),
                next.word.first!.isLowercase
            {
                // "Jans fiets" becomes "de fiets van de partner".
                range = mention.range.lowerBound..<next.range.upperBound
                let article = determined ? "" : RoleWord.article(of: next.word, language: language) + " "
                phrase = article + next.word + " van " + owner
            } else if mention.isQuoteClosing(in: text) {
                // "'<vertrouwelijk> Jonas'": the apostrophe closes a quote, it makes no possessive.
                phrase = owner + String(text[text.index(before: mention.range.upperBound)])
            } else if language == .nl {
                phrase = "van " + owner
            } else {
                phrase = owner + (owner.last.map { "sxz".contains($0) } == true ? "'" : "'s")
            }
        } else {
            // Two people sharing the name read "vader/zoon": an article would belong to one.
            phrase =
                labels.count > 1
                ? labels.map(RoleWord.bare).joined(separator: "/")
                : determined ? RoleWord.bare(labels[0]) : withArticle(labels[0])
        }
        if atStart { phrase = phrase.prefix(1).uppercased() + phrase.dropFirst() }
        return (range, phrase)
    }

    /// A name right after a role or title. "Zijn dochter Noor" and "Oma Rita" keep their role
    /// word and lose the name (not "zijn dochter dochter"); "met zoon Jonas" and "meneer Claes"
    /// become "met de zoon" and "de papa".
    private func edit(
        _ mention: NameMention, after previous: (word: String, range: Range<String.Index>), label: String, in text: String
    ) -> (Range<String.Index>, String)? {
        let isTitle = RoleWord.isTitle(previous.word)
        guard isTitle || RoleWord.isRole(previous.word) else { return nil }
        let determined = RunningText.word(before: previous.range.lowerBound, in: text).map { RoleWord.isDeterminer($0.word) } ?? false
        // Someone in no list has no role of her own: the word before says who she is. "Haar
        // collega Ruben" stays "haar collega", "Dokter Claessens" at the start becomes "De dokter".
        let isUnlisted = mention.people.allSatisfy { $0 >= firstUnlisted }
        let atStart = RunningText.startsSentence(at: previous.range.lowerBound, in: text)
        let role = isUnlisted && atStart && !determined ? RoleWord.form(of: previous.word) : nil
        let dropsName =
            isUnlisted
            ? !isTitle && role == nil : !isTitle && (determined || RoleWord.standsWithoutArticle(previous.word))
        if dropsName { return (previous.range.upperBound..<mention.range.upperBound, "") }
        var phrase = role ?? (determined ? RoleWord.bare(label) : withArticle(label))
        if atStart {
            phrase = phrase.prefix(1).uppercased() + phrase.dropFirst()
        }
        return (previous.range.lowerBound..<mention.range.upperBound, phrase)
    }

    /// A pseudonym as it reads in running text: "de partner", "het kind", but "moeder", "kind 2"
    /// and "de huisarts" as they are.
    private func withArticle(_ label: String) -> String {
        let words = label.split(separator: " ")
        guard let last = words.last else { return label }
        // "de huisarts", "kind 2" and "someone close" read as they are.
        if words.count > 1 || RoleWord.standsWithoutArticle(label) || label.contains("/") { return label }
        return RoleWord.article(of: String(last), language: language) + " " + label
    }

    /// A copy of the case with stakeholder names replaced by their pseudonyms and every name
    /// mentioned in its free text replaced too. The case passed in is not changed.
    public func pseudonymise(_ file: CaseFile) -> CaseFile {
        file.mappingFreeText({ text, _ in pseudonymise(text) }, name: { person, _ in pseudonym(for: person) })
    }
}
