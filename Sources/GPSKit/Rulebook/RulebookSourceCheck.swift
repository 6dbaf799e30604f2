/// Every source id a fact cites exists, and every confirmed fact cites one.
enum RulebookSourceCheck {
    static func problems(in book: Rulebook) -> [RulebookProblem] {
        let known = Set(book.sources.map(\.id))
        var problems: [RulebookProblem] = []
        func check(_ entry: String, _ field: String, _ confidence: Confidence, _ sources: [String]) {
            for id in sources where !known.contains(id) {
                problems.append(.init(entry: entry, field: field, issue: "unknown source \(id)"))
            }
            if confidence == .confirmed, sources.isEmpty {
                problems.append(.init(entry: entry, field: field, issue: "a confirmed fact needs a source"))
            }
        }
        for provision in book.provisions {
            let entry = "provision \(provision.id)"
            check(entry, "title", provision.title.confidence, provision.title.sources)
            check(entry, "oldNumber", provision.oldNumber.confidence, provision.oldNumber.sources)
            check(entry, "newNumber", provision.newNumber.confidence, provision.newNumber.sources)
            check(entry, "validity.oldCode", provision.validity.oldCode.confidence, provision.validity.oldCode.sources)
            check(entry, "validity.newCode", provision.validity.newCode.confidence, provision.validity.newCode.sources)
            for (index, text) in provision.texts.enumerated() {
                check(entry, "texts[\(index)]", text.confidence, text.sourceIDs)
            }
            for condition in provision.conditions {
                check(entry, "condition \(condition.id)", condition.confidence, condition.sources)
            }
            for (index, penalty) in provision.penalties.enumerated() {
                check(entry, "penalties[\(index)]", penalty.text.confidence, penalty.text.sources)
            }
        }
        for row in book.mapping {
            check("mapping \(row.id)", "old", row.old.confidence, row.old.sources)
            check("mapping \(row.id)", "new", row.new.confidence, row.new.sources)
            check("mapping \(row.id)", "confidence", row.confidence, row.sources ?? [])
        }
        for citation in book.misCitations {
            check("misCitation \(citation.id)", "sources", citation.confidence, citation.sources ?? [])
        }
        return problems
    }
}

extension ProvisionText {
    /// The sources a text rests on.
    public var sourceIDs: [String] {
        switch self {
        case .verbatim(let text): [text.source]
        case .paraphrase(let text): text.sources ?? []
        }
    }
}
