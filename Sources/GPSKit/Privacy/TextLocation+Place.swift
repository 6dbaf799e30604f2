/// Where a piece of text sits, in her words rather than GPS's ids: "Feiten #2", "Betrokkenen #1,
/// belang", "de titel", "het ecogram van 13 november 2026". Without the case's route an answer
/// keeps its compact label.
extension TextLocation {
    public func place(in questionnaire: Questionnaire?, messages: MessageTable) -> String {
        let day = { (day: CaseDay) in RecordDate(texts: messages).long(day) }
        var place: String
        switch area {
        case .title: return messages(.placeTitle)
        case .answer(let id), .draft(let id):
            guard let question = questionnaire?.question(withID: id) else { return description }
            place = question.label.text(in: messages.language)
        case .ecogram(let date): place = messages(.placeEcogram, ["date": day(date)])
        case .intervision(let date): place = messages(.placeIntervision, ["date": day(date)])
        case .conditions(let id):
            let rulebook = try? Rulebook.embedded()
            let name = rulebook.flatMap { book in book.provision(id: id).map(ProvisionFacts(rulebook: book, texts: messages).nameInSentence) }
            place = messages(.placeConditions, ["provision": name ?? id])
        case .other: return description
        }
        if let item { place += " #\(item)" }
        if let field {
            let name = Self.fieldNames[field].map { messages($0) } ?? field
            place += ", " + name.prefix(1).lowercased() + name.dropFirst()
        }
        if case .draft = area { place = messages(.placeDraft, ["place": place]) }
        return place
    }

    /// The fields of a stakeholder or a step, named as the record's tables name them.
    private static let fieldNames: [String: MessageKey] = [
        "name": .columnWho, "relation": .columnRelation, "interest": .columnInterest, "expects": .columnExpects,
        "what": .columnWhat, "who": .columnActor, "due": .columnDue,
    ]
}
