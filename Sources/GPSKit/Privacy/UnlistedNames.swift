/// The people she mentions in a case who are in no list of it: not a stakeholder, not a
/// colleague. Each distinct name is numbered in the order the case first mentions it (title,
/// answers, drafts, earlier ecograms, judgments, intervisions), so the same case always gives
/// the same numbers. The anonymous export replaces them ("persoon 1"), the archive gate looks
/// for them in what would be shared, and the export tells her where they were.
public struct UnlistedNames: Sendable {
    /// One distinct name, where she first wrote it, and its number.
    public struct Name: Sendable, Equatable {
        public var name: String
        public var location: TextLocation
        public var number: Int
    }

    public let names: [Name]

    public init(_ file: CaseFile) {
        var texts: [(String, TextLocation)] = []
        // Stakeholders' own names are the listed people; everything else she typed is read.
        _ = file.mappingFreeText({ text, location in
            texts.append((text, location))
            return text
        }, name: { person, _ in person.name })
        self.init(texts: texts, finder: UnlistedNameFinder(case: file))
    }

    /// The unlisted names in `texts`, read in order as one case.
    init(texts: [(String, TextLocation)], finder: UnlistedNameFinder) {
        let found = texts.map { text, location in (candidates: finder.candidates(in: text), location: location) }
        let confirmed = Set(found.flatMap(\.candidates).filter(\.isName).map { UnlistedNameFinder.key($0.name) })
        var names: [Name] = []
        var seen = Set<String>()
        for (candidates, location) in found {
            for candidate in candidates where confirmed.contains(UnlistedNameFinder.key(candidate.name)) {
                guard seen.insert(UnlistedNameFinder.key(candidate.name)).inserted else { continue }
                names.append(Name(name: candidate.name, location: location, number: names.count + 1))
            }
        }
        // "Ambers" is Amber's when Amber is found too ("Thomas" alone stays a name); the
        // pseudonymiser replaces the inflected forms with the name.
        let keys = Set(names.map { UnlistedNameFinder.key($0.name) })
        self.names = names.filter { name in
            !UnlistedNameFinder.stems(of: UnlistedNameFinder.key(name.name)).contains(where: keys.contains)
        }.enumerated().map { offset, name in
            var name = name
            name.number = offset + 1
            return name
        }
    }

    public var isEmpty: Bool { names.isEmpty }
}
