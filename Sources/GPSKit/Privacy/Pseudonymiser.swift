import Foundation

/// Replaces the names of a case's stakeholders by their role or a stable pseudonym, in the
/// stakeholder list and everywhere in free text.
///
/// A pseudonym is the first role word in the relation ("oudste zoon" → "zoon"), else in the
/// name itself, else a word for the category ("gezinslid"). When several people get the same
/// word they are numbered in the order of the stakeholder list ("kind 1", "kind 2"); the same
/// list always gives the same pseudonyms. Identical entries (same name, relation and category,
/// as when a person appears in an earlier ecogram) are one person. Different people who share
/// a name keep their own pseudonyms; where text mentions only the shared name, both stand
/// there ("vader/zoon"), since the text cannot say which one is meant.
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
        var category: StakeholderCategory

        init(_ stakeholder: Stakeholder) {
            name = PersonName(stakeholder.name).cleaned.lowercased()
            relation = stakeholder.relation.lowercased().trimmingCharacters(in: .whitespaces)
            category = stakeholder.category
        }
    }

    private let people: [Person]
    private let finder: NameMentionFinder

    public init(stakeholders: [Stakeholder], messages: MessageTable) {
        var seen = Set<Key>()
        let distinct = stakeholders.filter { seen.insert(Key($0)).inserted }
        let labels = distinct.map { Self.label(for: $0, messages: messages) }
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
                    isPerson: [.client, .household, .informal].contains(stakeholder.category), pseudonym: pseudonym
                )
            )
        }
        self.people = people
        finder = NameMentionFinder(names: people.map(\.name), isPerson: people.map(\.isPerson))
    }

    /// A pseudonymiser for every stakeholder the case knows, today's and those of earlier ecograms.
    public init(case file: CaseFile, messages: MessageTable) {
        self.init(stakeholders: file.stakeholders + file.ecograms.flatMap(\.stakeholders), messages: messages)
    }

    private static func label(for stakeholder: Stakeholder, messages: MessageTable) -> String {
        if let role = RoleWord.role(in: stakeholder.relation) ?? RoleWord.role(in: stakeholder.name) { return role }
        return messages(fallback[stakeholder.category]!)
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

    /// The pseudonyms in list order, for a legend such as "moeder, kind 1, kind 2".
    public var pseudonyms: [String] { people.map(\.pseudonym) }

    /// The text with every mention of a stakeholder replaced by the pseudonym.
    public func pseudonymise(_ text: String) -> String {
        var result = text
        for mention in finder.mentions(in: text).reversed() {
            result.replaceSubrange(mention.range, with: replacement(for: mention, in: text))
        }
        return result
    }

    private func replacement(for mention: NameMention, in text: String) -> String {
        var names: [String] = []
        for index in mention.people where !names.contains(people[index].pseudonym) {
            names.append(people[index].pseudonym)
        }
        // "de Sint-Jozefschool" becomes "de school", not "de de school".
        let articleBefore =
            Self.precedingWord(of: mention.range.lowerBound, in: text).map(Self.articles.contains) ?? false
        var label = names.map { articleBefore ? RoleWord.bare($0) : $0 }.joined(separator: "/")
        if mention.isPossessive { label += label.last.map { "sxz".contains($0) } == true ? "'" : "'s" }
        return Self.startsSentence(at: mention.range.lowerBound, in: text)
            ? label.prefix(1).uppercased() + label.dropFirst() : label
    }

    private static let articles: Set<String> = ["de", "het", "the", "een", "a"]

    private static func precedingWord(of index: String.Index, in text: String) -> String? {
        let before = text[..<index]
        guard before.last == " " else { return nil }
        return before.dropLast().split(separator: " ").last.map { $0.lowercased() }
    }

    private static func startsSentence(at index: String.Index, in text: String) -> Bool {
        let before = text[..<index].reversed().drop { $0 == " " || $0 == "\t" }
        guard let previous = before.first else { return true }
        return ".!?\n\r".contains(previous)
    }

    /// A copy of the case with stakeholder names replaced by their pseudonyms and every name
    /// mentioned in its free text replaced too. The case passed in is not changed.
    public func pseudonymise(_ file: CaseFile) -> CaseFile {
        file.mappingFreeText({ text, _ in pseudonymise(text) }, name: { person, _ in pseudonym(for: person) })
    }
}
