/// The rules of `rulebook.schema.json` that decoding alone does not enforce: dates and numbers
/// in their format, lists that may not be empty, a missing number explained by a note, groups
/// only on oneOf conditions. With decoding and `RulebookValidator`, a rulebook file read at run
/// time (`--regelboek`) is held to the same schema as the built-in one; a test proves it rejects
/// every edit the schema test rejects.
enum RulebookShapeCheck {
    static func problems(in book: Rulebook) -> [RulebookProblem] {
        var problems: [RulebookProblem] = []
        func require(_ holds: Bool, _ entry: String, _ field: String, _ issue: String) {
            if !holds { problems.append(RulebookProblem(entry: entry, field: field, issue: issue)) }
        }
        require(book.formatVersion == 1, "rulebook", "formatVersion", "only format 1 exists")
        require(isDate(book.statusDate), "rulebook", "statusDate", "not a date (YYYY-MM-DD)")
        require(isDate(book.builtOn), "rulebook", "builtOn", "not a date (YYYY-MM-DD)")
        for provision in book.provisions {
            let entry = "provision \(provision.id)"
            require(isID(provision.id), entry, "id", "not a lower-case id with hyphens")
            for (field, fact) in [("oldNumber", provision.oldNumber), ("newNumber", provision.newNumber)] {
                require(fact.value.map(isArticleNumber) ?? (fact.note != nil), entry, field, fact.value == nil ? "no number and no note why" : "not an article number")
            }
            for (field, period) in [("validity.oldCode", provision.validity.oldCode.value), ("validity.newCode", provision.validity.newCode.value)] {
                require([period.from, period.until].allSatisfy { $0.map(isDate) ?? true }, entry, field, "not a date (YYYY-MM-DD)")
            }
            require(!provision.aliases.isEmpty, entry, "aliases", "needs at least one")
            require(!provision.texts.isEmpty, entry, "texts", "needs at least one")
            require(!provision.penalties.isEmpty, entry, "penalties", "needs at least one")
            require(!provision.conditions.isEmpty, entry, "checklist.conditions", "needs at least one")
            for condition in provision.conditions {
                require((condition.kind == .oneOf) == (condition.group != nil), entry, "condition \(condition.id)",
                        condition.kind == .oneOf ? "a oneOf condition needs a group" : "only oneOf conditions have a group")
            }
        }
        for source in book.sources {
            require(source.url.hasPrefix("http://") || source.url.hasPrefix("https://"), "source \(source.id)", "url", "not a web address")
        }
        return problems
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func isID(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// As the schema's pattern: no spaces or hyphens, which `ArticleNumber` would forgive.
    private static func isArticleNumber(_ text: String) -> Bool {
        guard let number = ArticleNumber(text) else { return false }
        return number.description == text
    }
}
