import Foundation

/// Words in a relation ("oudste zoon", "school van Tom") that name a role and can stand in for
/// a name, read from `Data/roles.json`. People's roles map to the word the export uses ("oma"
/// reads "grootmoeder"); services get their article ("de school", "het OCMW"); numbered, the
/// article goes ("school 2"). A compound ending in a role ("teamverantwoordelijke",
/// "kleuterjuf") is that role, written as she wrote it.
enum RoleWord {
    /// A role found in a text, and what follows the word, for "mama van Nadia".
    struct Match {
        var form: String
        var word: String
        var rest: Substring
    }

    static func role(in text: String) -> String? { match(in: text)?.form }

    /// The first role word in `text`. A compound only counts when written in lower case, so the
    /// name "Sint-Jozefschool" is not taken for a role.
    static func match(in text: String) -> Match? {
        var position = text.startIndex
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            position = word.endIndex
            let lower = word.lowercased()
            if let form = form(ofLower: lower) ?? diminutive(lower) ?? (word.first!.isLowercase ? compound(lower) : nil) {
                return Match(form: form, word: lower, rest: text[position...])
            }
        }
        return nil
    }

    /// Exactly a role word; a capitalised compound could be a surname ("Geerarts").
    static func isRole(_ word: String) -> Bool { form(ofLower: word.lowercased()) != nil }

    /// How one word reads alone when it is exactly a role: "huisarts" gives "de huisarts".
    static func form(of word: String) -> String? {
        let lower = word.lowercased()
        return table.withArticle[lower] ?? (table.people[lower] != nil ? lower : nil)
    }

    /// The form used when several people share the role: the article dropped.
    static func bare(_ form: String) -> String {
        for article in ["de ", "het ", "the "] where form.hasPrefix(article) {
            return String(form.dropFirst(article.count))
        }
        return form
    }

    /// The article a Dutch noun takes in running text: "het" for the neuter ones and diminutives.
    static func article(of noun: String, language: Language) -> String {
        guard language == .nl else { return "the" }
        let lower = noun.lowercased()
        if table.neuter.contains(lower) || lower.hasSuffix("je") { return "het" }
        return "de"
    }

    /// Kinship words used like a name, without an article ("Gisteren belde moeder").
    static func standsWithoutArticle(_ role: String) -> Bool { table.withoutArticle.contains(role.lowercased()) }

    static func isTitle(_ word: String) -> Bool { table.titles.contains(word.lowercased()) }

    static func isDeterminer(_ word: String) -> Bool { table.determiners.contains(word.lowercased()) }

    /// A capitalised word in a name that identifies no one: "Mijn", "Dienst".
    static func isNotAName(_ word: String) -> Bool { table.notNames.contains(word.lowercased()) }

    /// Whether a word of a name is part of a service's name: "Sint-Jozefschool", "OCMW".
    static func isInstitution(_ word: String) -> Bool {
        let lower = word.lowercased()
        return table.institutions.contains { lower.contains($0) }
    }

    /// Whether a word is a service's name by its ending ("Sint-Jozefschool", "Ziekenhuis"): the
    /// substring test of `isInstitution` would also take "Jacques" for "jac".
    static func endsInInstitution(_ word: String) -> Bool {
        let lower = word.lowercased()
        return table.institutions.contains { lower == $0 || ($0.count >= 4 && lower.hasSuffix($0)) }
    }

    /// The role of a parent's parent or sibling: `role` "mama" of someone whose role is "papa" is "grootmoeder".
    static func role(_ role: String, ofSomeoneWhoIs other: String) -> String? {
        guard table.parents.contains(bare(other).lowercased()) else { return nil }
        return table.ofParent[role.lowercased()]
    }

    private static func form(ofLower word: String) -> String? { table.people[word] ?? table.withArticle[word] }

    private static func diminutive(_ word: String) -> String? {
        // "vriendinnetje" is a small "vriendin", "zusje" a small "zus".
        for ending in ["netje", "tje", "je", "ke"] where word.hasSuffix(ending) {
            if let form = form(ofLower: String(word.dropLast(ending.count))) { return form }
        }
        return nil
    }

    /// "teamverantwoordelijke" → "de teamverantwoordelijke": the longest role the word ends in,
    /// after at least three letters of its own.
    private static func compound(_ word: String) -> String? {
        guard word.count >= 6 else { return nil }
        for start in 3..<(word.count - 2) {
            let tail = String(word.dropFirst(start))
            if let form = table.withArticle[tail] {
                let article = form.split(separator: " ").first.map(String.init) ?? ""
                return ["de", "het", "the"].contains(article) ? article + " " + word : word
            }
            if table.people[tail] != nil, tail.count >= 4 { return word }
        }
        return nil
    }

    private struct Table: Decodable {
        var people: [String: String]
        var withArticle: [String: String]
        var withoutArticle: Set<String>
        var neuter: Set<String>
        var ofParent: [String: String]
        var parents: Set<String>
        var determiners: Set<String>
        var notNames: Set<String>
        var institutions: [String]
        var titles: Set<String>
    }

    static let dataPath = "Sources/GPSKit/Privacy/Data/roles.json"

    private static let table: Table = {
        // The file is compiled in; a broken one is a programming error the tests catch.
        try! JSONDecoder().decode(Table.self, from: Data((EmbeddedData.text(at: dataPath) ?? "").utf8))
    }()
}
