/// Checks what a schema cannot: ids are unique, every reference between entries resolves,
/// every alias leads to exactly its own provision, no confirmed fact lacks a source, no other
/// instrument is written like the Criminal Code.
public enum RulebookValidator {
    public static func problems(in rulebook: Rulebook) -> [RulebookProblem] {
        RulebookShapeCheck.problems(in: rulebook) + uniqueness(rulebook) + references(rulebook) + aliases(rulebook)
            + conditions(rulebook) + instruments(rulebook)
    }

    /// The rulebook when it has no problems; otherwise every problem, naming `file`.
    public static func validated(_ rulebook: Rulebook, file: String) throws -> Rulebook {
        let problems = problems(in: rulebook)
        guard problems.isEmpty else { throw RulebookError.invalid(file: file, problems: problems) }
        return rulebook
    }

    private static func duplicates(_ ids: [String]) -> [String] {
        Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    private static func uniqueness(_ book: Rulebook) -> [RulebookProblem] {
        let lists: [(String, [String])] = [
            ("provision", book.provisions.map(\.id)), ("mapping", book.mapping.map(\.id)),
            ("misCitation", book.misCitations.map(\.id)), ("source", book.sources.map(\.id)),
            ("instrument", book.recognition.instruments.map(\.id)),
        ]
        return lists.flatMap { kind, ids in
            duplicates(ids).map { RulebookProblem(entry: "\(kind) \($0)", field: "id", issue: "used more than once") }
        }
    }

    private static func references(_ book: Rulebook) -> [RulebookProblem] {
        let provisionIDs = Set(book.provisions.map(\.id))
        var problems: [RulebookProblem] = []
        for citation in book.misCitations where !provisionIDs.contains(citation.means) {
            problems.append(.init(entry: "misCitation \(citation.id)", field: "means", issue: "no provision \(citation.means)"))
        }
        for citation in book.misCitations {
            if let number = citation.citedNumber, book.provision(number: number) != nil {
                problems.append(.init(entry: "misCitation \(citation.id)", field: "cited", issue: "\(number) is a provision's own number"))
            }
            // 458quater is an article of its own, not a way of writing 458ter.
            if let number = citation.citedNumber,
                book.mappingRows(number: number, code: .sw1867).contains(where: { $0.provision == nil })
            {
                let issue = "\(number) is an article of its own in the numbering table"
                problems.append(.init(entry: "misCitation \(citation.id)", field: "cited", issue: issue))
            }
        }
        for row in book.mapping {
            if let id = row.provision, !provisionIDs.contains(id) {
                problems.append(.init(entry: "mapping \(row.id)", field: "provision", issue: "no provision \(id)"))
            }
        }
        return problems + RulebookSourceCheck.problems(in: book)
    }

    /// Every alias, scanned or looked up, leads to its own provision and no other.
    private static func aliases(_ book: Rulebook) -> [RulebookProblem] {
        let owners = Dictionary(grouping: book.provisions.flatMap { provision in
            provision.aliases.map { ($0.lowercased(), provision.id) }
        }, by: \.0)
        let shared = owners.filter { Set($0.value.map(\.1)).count > 1 }.sorted { $0.key < $1.key }.map { alias, pairs in
            let ids = Set(pairs.map(\.1)).sorted().joined(separator: ", ")
            return RulebookProblem(entry: "provisions \(ids)", field: "aliases", issue: "'\(alias)' belongs to more than one")
        }
        let scanner = ReferenceScanner(rulebook: book)
        return shared + book.provisions.flatMap { provision in
            provision.aliases.compactMap { alias in
                let found = scanner.lookup(alias)
                guard case .provision(let id)? = found, id == provision.id else {
                    let issue = "'\(alias)' resolves to \(found.map { String(describing: $0) } ?? "nothing")"
                    return RulebookProblem(entry: "provision \(provision.id)", field: "aliases", issue: issue)
                }
                return nil
            }
        }
    }

    /// "Sv." is the Code of Criminal Procedure and "Sw." the Criminal Code: a phrase may name a
    /// code or one instrument, never both.
    private static func instruments(_ book: Rulebook) -> [RulebookProblem] {
        let codePhrases = Set(book.recognition.codeMarkers.map { $0.phrase.lowercased() })
        var owner: [String: String] = [:]
        var problems: [RulebookProblem] = []
        for instrument in book.recognition.instruments {
            for marker in instrument.markers {
                let key = marker.lowercased()
                if codePhrases.contains(key) {
                    let issue = "'\(marker)' is also a code marker"
                    problems.append(.init(entry: "instrument \(instrument.id)", field: "markers", issue: issue))
                } else if let other = owner[key], other != instrument.id {
                    problems.append(.init(entry: "instrument \(instrument.id)", field: "markers", issue: "'\(marker)' also names \(other)"))
                }
                owner[key] = owner[key] ?? instrument.id
            }
        }
        return problems
    }

    private static func conditions(_ book: Rulebook) -> [RulebookProblem] {
        book.provisions.flatMap { provision -> [RulebookProblem] in
            let entry = "provision \(provision.id)"
            var problems = duplicates(provision.conditions.map(\.id)).map {
                RulebookProblem(entry: entry, field: "checklist.conditions", issue: "condition id \($0) used more than once")
            }
            let groups = Dictionary(grouping: provision.conditions.compactMap(\.group), by: { $0 })
            for (group, members) in groups where members.count < 2 {
                problems.append(.init(entry: entry, field: "checklist.conditions", issue: "group \(group) offers no choice"))
            }
            for condition in provision.conditions {
                let field = "checklist.conditions.\(condition.id)"
                problems += duplicates(condition.options.map(\.id)).map {
                    RulebookProblem(entry: entry, field: field, issue: "option id \($0) used more than once")
                }
                if condition.isChoice, !condition.isJudged {
                    problems.append(.init(entry: entry, field: field, issue: "a note has no options"))
                }
                for id in condition.coveredBy where book.provision(id: id) == nil {
                    problems.append(.init(entry: entry, field: field + ".coveredBy", issue: "no provision \(id)"))
                }
            }
            if provision.kind == .article, provision.oldArticleNumber == nil {
                problems.append(.init(entry: entry, field: "oldNumber", issue: "an article needs its number"))
            }
            return problems
        }
    }
}
