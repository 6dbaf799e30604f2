/// A provision's facts as she reads them, each with its confidence in words: its name in a line
/// and in a sentence, its weakest fact, the code of the facts' day, periods and notes. The marks
/// without noise (`ProvisionFacts+Marks`) are built on these; the wizard and the record share them.
struct ProvisionFacts {
    let rulebook: Rulebook
    let texts: MessageTable

    /// How the provision is named in a sentence: "art. 458bis" or, for a framework, its title.
    func name(_ provision: Provision) -> String {
        guard let number = provision.oldNumber.value else { return provision.title.value.text(in: texts.language) }
        return "art. \(number)"
    }

    /// The name inside a sentence: a framework's title starts lower-case ("de voorwaarden van
    /// art. 458 en gezamenlijk beroepsgeheim").
    func nameInSentence(_ provision: Provision) -> String {
        let name = name(provision)
        guard provision.oldNumber.value == nil else { return name }
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    /// "art. 458, art. 458bis en gezamenlijk beroepsgeheim".
    func sentenceList(_ provisions: [Provision]) -> String {
        let names = provisions.map(nameInSentence)
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return texts(.listWithAnd, ["list": names.dropLast().joined(separator: ", "), "last": last])
    }

    /// The weakest confidence among the provision's facts and the points she judges: the mark
    /// the record gives the provision. A missing new number is left out, as it is shown as an
    /// open point of its own; so are notes, which the record leaves to `gps wet`.
    func weakest(_ provision: Provision) -> Confidence {
        var marks = [provision.title.confidence, provision.oldNumber.confidence]
        if provision.newNumber.value != nil { marks.append(provision.newNumber.confidence) }
        marks += [provision.validity.oldCode.confidence, provision.validity.newCode.confidence]
        marks += provision.conditions.filter(\.isJudged).map(\.confidence)
        return marks.min() ?? .unverified
    }

    func label(_ confidence: Confidence) -> String { rulebook.label(confidence, in: texts.language) }

    func sourced(_ fact: String, _ confidence: Confidence) -> String {
        texts(.recordLawWithConfidence, ["fact": fact, "confidence": label(confidence)])
    }

    /// "17 november 2026: Nieuw Strafwetboek (…) (waarschijnlijk …)".
    func codeOnDate(_ code: CodeOnDate) -> String {
        let name = rulebook.code(code.code)?.name.text(in: texts.language) ?? code.code.rawValue
        return sourced(texts(.recordLawCodeOnDateValue, ["date": RecordDate(texts: texts).long(code.day), "code": name]), code.confidence)
    }

    /// A condition's own mark for the code of the case's day.
    func pointConfidence(_ condition: Condition, code: CodeOnDate) -> Confidence {
        ProvisionVerdict.pointConfidence(condition, code: code)
    }

    func statusDate() -> String {
        CaseDay(parsing: rulebook.statusDate).map { RecordDate(texts: texts).long($0) } ?? rulebook.statusDate
    }

    func period(_ period: ValidityPeriod) -> String? {
        let parts = [
            period.from.map { texts(.recordLawFrom, ["date": day($0)]) },
            period.until.map { texts(.recordLawUntil, ["date": day($0)]) },
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private func day(_ iso: String) -> String {
        CaseDay(parsing: iso).map { RecordDate(texts: texts).long($0) } ?? iso
    }

    func note(_ text: LocalizedText?) -> String? { text?.text(in: texts.language) }
}
