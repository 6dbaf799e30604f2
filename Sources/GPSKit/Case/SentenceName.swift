/// How a stakeholder's name reads inside a sentence. She writes names as on a list: "Mijn
/// teamverantwoordelijke", "Huisarts", "Sara". After "dat" or "hoort" the first needs its small
/// letter and the second its article ("Weet het gezin dat de huisarts betrokken is?"); a person's
/// own name stays as she wrote it.
public enum SentenceName {
    public static func inSentence(_ name: String, language: Language) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = words.first, !first.isEmpty else { return name }
        if determiners.contains(first.lowercased()) {
            return ([first.lowercased()] + words.dropFirst()).joined(separator: " ")
        }
        guard words.count == 1, let form = RoleWord.form(of: first) else { return name }
        let article = form.split(separator: " ").first.map(String.init) ?? ""
        let ownArticles = language == .nl ? ["de", "het"] : ["the"]
        if ownArticles.contains(article) { return form }
        return form.contains(" ") ? name : first.lowercased()
    }

    /// A list of names, each as it reads in a sentence: "de huisarts, Sara".
    public static func list(_ names: [String], language: Language) -> String {
        names.map { inSentence($0, language: language) }.joined(separator: ", ")
    }

    /// The same for a list already joined with ", ", as a finding carries it.
    public static func joinedList(_ names: String, language: Language) -> String {
        list(names.components(separatedBy: ", "), language: language)
    }

    private static let determiners: Set<String> = [
        "de", "het", "een", "mijn", "zijn", "haar", "onze", "ons", "hun", "jouw", "uw", "deze", "die",
        "the", "my", "his", "her", "our", "their", "a", "an", "this", "that",
    ]
}
