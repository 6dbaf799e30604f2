/// The answers a finding read, in the reader's language: a question id becomes its label
/// ("actieplan #2" reads "action plan #2" in English); a stakeholder's name stays as she wrote it.
struct BasisWording {
    let language: Language
    var labels: [String: LocalizedText] = Self.embeddedLabels

    func entry(_ entry: String) -> String {
        let parts = entry.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, let label = labels[first],
            parts.count == 1 || parts[1].hasPrefix("#")
        else { return entry }
        let text = label.text(in: language)
        let lowered = text.prefix(1).lowercased() + text.dropFirst()
        return parts.count == 1 ? lowered : lowered + " " + parts[1]
    }

    /// Every question's label across the routes GPS ships; the first route that has an id wins.
    static let embeddedLabels: [String: LocalizedText] = {
        guard let library = try? QuestionnaireLibrary.embedded() else { return [:] }
        var labels: [String: LocalizedText] = [:]
        for question in library.questionnaires.flatMap(\.questions) where labels[question.id] == nil {
            labels[question.id] = question.label
        }
        return labels
    }()
}
