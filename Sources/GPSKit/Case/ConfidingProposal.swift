/// Who confided and who asked for silence, as far as her own words say: someone named in the
/// same clause of a fact as a word such as "fluisterde" or "vertelde" confided; a confidant in
/// a fact that also says "zeg het tegen niemand", or anyone whose expectation asks for silence,
/// asked for it. Only a proposal: she confirms it with Enter or types her own.
struct ConfidingProposal {
    let stakeholders: [Stakeholder]
    let facts: [String]
    let signals: TextSignals

    /// Indexes into `stakeholders`, in list order.
    var confidants: [Int] {
        var found = Set<Int>()
        for fact in facts { found.formUnion(confidants(in: fact)) }
        return found.sorted()
    }

    /// A fact asking for silence with no name in it but a pronoun ("Ze vroeg me het aan niemand
    /// te zeggen") is read as said by whoever confided in the facts before it.
    var silenceAskers: [Int] {
        var found = Set<Int>()
        var lastConfidants: [Int] = []
        for fact in facts {
            let named = confidants(in: fact)
            if !signals.hits(.silence, in: fact).isEmpty {
                let startsWithPronoun = Self.pronouns.contains(TextSignals.fold(String(fact.split(separator: " ").first ?? "")))
                found.formUnion(named.isEmpty && startsWithPronoun ? lastConfidants : named)
            }
            if !named.isEmpty { lastConfidants = named }
        }
        for (index, person) in stakeholders.enumerated() where !signals.hits(.silence, in: person.expects).isEmpty {
            found.insert(index)
        }
        return found.sorted().filter { isPerson(stakeholders[$0]) }
    }

    private func confidants(in fact: String) -> [Int] {
        let mentions = StakeholderMentions(stakeholders)
        return Self.clauses(of: fact).flatMap { clause -> [Int] in
            guard !signals.hits(.confiding, in: clause).isEmpty else { return [] }
            return mentions.people(in: clause).filter { isPerson(stakeholders[$0]) }
        }
    }

    /// Main clauses only: "Hij zei dat papa boos was" keeps "Hij zei", since the one who spoke
    /// is not the one spoken of.
    static func clauses(of text: String) -> [String] {
        text.split(whereSeparator: { ",;:.!?\n'\"‘’“”".contains($0) }).map { clause in
            let words = clause.split(separator: " ")
            let cut = words.firstIndex { subordinators.contains(TextSignals.fold(String($0))) } ?? words.endIndex
            return words[..<cut].joined(separator: " ")
        }
    }

    private static let pronouns: Set<String> = ["ze", "zij", "hij", "she", "he"]

    private static let subordinators: Set<String> = ["dat", "omdat", "want", "of", "toen", "that", "because", "whether"]

    private func isPerson(_ person: Stakeholder) -> Bool { [.client, .household, .informal].contains(person.category) }
}
