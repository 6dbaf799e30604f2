/// `gps wet QUERY`: the provision a number, name or citation stands for, with a word first
/// when the query was a mis-citation; or, when the rulebook does not have it (458quater, an
/// article of the AVG), that, with the nearest provision only as a suggestion.
public struct TextLawQueryRenderer: Sendable {
    public struct Answer: Sendable, Equatable {
        public var text: String
        /// False when the rulebook has no provision for the query (`gps` exits 1).
        public var found: Bool
    }

    public let wording: LawWording
    let scanner: ReferenceScanner

    public init(wording: LawWording) {
        self.wording = wording
        scanner = ReferenceScanner(rulebook: wording.rulebook)
    }

    private var texts: MessageTable { wording.texts }

    public func render(_ query: String) -> Answer {
        let resolution = scanner.lookup(query)
        let note = resolution.flatMap { ResolutionText(wording: wording).note(for: $0, cited: cited(query)) }
        guard let id = resolution?.meantProvision, let provision = wording.rulebook.provision(id: id) else {
            return Answer(text: unknown(query, note: note, resolution: resolution, nearest: nearest(resolution, query: query)), found: false)
        }
        return Answer(text: TextProvisionRenderer(wording: wording).render(provision, preface: note.map { [$0] } ?? []), found: true)
    }

    /// "art. 459" reads as 459 in the sentences about numbers.
    private func cited(_ query: String) -> String {
        scanner.scan(query).first.flatMap { reference in
            if case .article(let number, _, _) = reference.citation { number.description } else { nil }
        } ?? query
    }

    /// A "not in the rulebook" note names the nearest article itself; otherwise it is added.
    private func unknown(_ query: String, note: String?, resolution: Resolution?, nearest: String?) -> String {
        var lines = [note ?? texts(.lawUnknownQuery, ["query": query])]
        if case .notInRulebook(_?)? = resolution {
        } else if let nearest {
            lines.append(texts(.lawNearest, ["nearest": wording.name(ofProvision: nearest), "id": nearest]))
        } else {
            lines.append(texts(.lawNoNearest))
        }
        lines += [wording.statusLine, wording.disclaimer]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The nearest provision: by number for a number, else the alias or id closest in spelling;
    /// none for an article of another instrument, which no provision is near.
    private func nearest(_ resolution: Resolution?, query: String) -> String? {
        switch resolution {
        case .notInRulebook(let nearest)?, .mappingOnly(_, let nearest)?: return nearest
        case .otherInstrument?: return nil
        default: break
        }
        let names = wording.rulebook.provisions.flatMap { provision in ([provision.id] + provision.aliases).map { ($0.lowercased(), provision.id) } }
        guard let closest = Suggestion.closest(to: query.lowercased(), in: names.map(\.0)) else { return nil }
        return names.first { $0.0 == closest }?.1
    }
}
