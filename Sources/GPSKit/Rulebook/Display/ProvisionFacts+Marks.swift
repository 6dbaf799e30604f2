/// Marks without noise (display rule 7), as the record shows them: the marks explained once in
/// a legend; each provision carries one mark, its weakest fact (`weakest`); a fact shows its
/// own mark only where it is less certain than the mark of what holds it. Facts shared by every
/// provision (which code governs the day, how long each code is valid, the old numbers) are
/// said once, with their own mark.
extension ProvisionFacts {
    /// The short mark, "waarschijnlijk": the label's words before its dash, which the legend
    /// gives in full.
    func mark(_ confidence: Confidence) -> String {
        let label = label(confidence)
        return label.components(separatedBy: " — ").first ?? label
    }

    /// Every label in full, surest first: "bevestigd; waarschijnlijk — niet in de officiële
    /// tekst nagekeken; niet geverifieerd".
    var legendLabels: String { Confidence.allCases.sorted(by: >).map(label).joined(separator: "; ") }

    /// `fact` with its mark only when it is less certain than `floor`.
    func quiet(_ fact: String, _ confidence: Confidence, under floor: Confidence) -> String {
        confidence < floor ? marked(fact, confidence) : fact
    }

    /// `fact` with its short mark.
    func marked(_ fact: String, _ confidence: Confidence) -> String {
        texts(.recordLawWithConfidence, ["fact": fact, "confidence": mark(confidence)])
    }

    /// "20 november 2026: Nieuw Strafwetboek (…) (waarschijnlijk)".
    func codeOnDateMarked(_ code: CodeOnDate) -> String {
        let name = rulebook.code(code.code)?.name.text(in: texts.language) ?? code.code.rawValue
        return marked(texts(.recordLawCodeOnDateValue, ["date": RecordDate(texts: texts).long(code.day), "code": name]), code.confidence)
    }

    /// How long each code is valid, once for every provision: "oude nummering (Sw. 1867): tot en
    /// met 7 april 2026; nieuw Strafwetboek (Sw. 2024): vanaf 8 april 2026 (waarschijnlijk)".
    var codesValidity: String? {
        guard let old = rulebook.code(.sw1867)?.validity, let new = rulebook.code(.sw2024)?.validity else { return nil }
        return validityLine(old: old, new: new, floor: nil)
    }

    /// The provision's validity where it says more than the codes' own; nil for an article
    /// valid exactly as long as its code.
    func validity(_ provision: Provision, under floor: Confidence) -> String? {
        let (old, new) = (provision.validity.oldCode, provision.validity.newCode)
        if old.value == rulebook.code(.sw1867)?.validity.value, new.value == rulebook.code(.sw2024)?.validity.value { return nil }
        return validityLine(old: old, new: new, floor: floor)
    }

    /// Articles whose numbers are simply those of Sw. 1867, their new number still to verify:
    /// said once for all of them.
    func hasSharedNumbers(_ provision: Provision) -> Bool {
        provision.kind == .article && provision.oldNumber.value != nil && provision.newNumber.value == nil
            && (note(provision.newNumber.note) ?? texts(.recordLawNewNumberToCheck)) == texts(.recordLawNewNumberToCheck)
    }

    /// "art. 458, art. 458bis: nummers van Sw. 1867 (bevestigd); nieuw nummer in Sw. 2024 nog te
    /// verifiëren", or nil when no provision shares them.
    func sharedNumbers(_ provisions: [Provision]) -> String? {
        let shared = provisions.filter(hasSharedNumbers)
        guard let confidence = shared.map(\.oldNumber.confidence).min() else { return nil }
        let articles = shared.map(name).joined(separator: ", ")
        return marked(texts(.recordLawSharedNumbers, ["articles": articles]), confidence) + "; " + texts(.recordLawNewNumberToCheck)
    }

    /// How the points combine, marked only where less sure than `floor`: as sure as the least
    /// sure point it combines.
    func meaning(_ provision: Provision, under floor: Confidence) -> String {
        let judged = provision.conditions.filter(\.isJudged).map(\.confidence).min() ?? .unverified
        return quiet(provision.checklist.meaning.text(in: texts.language), judged, under: floor)
    }

    /// "art. 458 Sw. 1867 → nieuw nummer in Sw. 2024 nog te verifiëren" for the walk, which
    /// has no shared line: each number's mark only where it is less sure than `floor`.
    func walkNumbers(_ provision: Provision, under floor: Confidence) -> String {
        numbers(provision, under: floor) ?? quiet(texts(.recordLawOldNumber, ["number": provision.oldNumber.value ?? ""]), provision.oldNumber.confidence, under: floor)
            + " → " + texts(.recordLawNewNumberToCheck)
    }

    /// A provision's numbers not said in the shared line, each mark only where it is less sure
    /// than `floor`; nil when the shared line says them.
    func numbers(_ provision: Provision, under floor: Confidence) -> String? {
        guard !hasSharedNumbers(provision) else { return nil }
        let old = provision.oldNumber
        let oldText = quiet(
            old.value.map { texts(.recordLawOldNumber, ["number": $0]) } ?? note(old.note) ?? "–", old.confidence, under: floor)
        let new = provision.newNumber
        let newText = new.value.map { quiet(texts(.recordLawNewNumber, ["number": $0]), new.confidence, under: floor) }
            ?? note(new.note) ?? texts(.recordLawNewNumberToCheck)
        // A framework without numbers says why once: "Geen artikel van het Strafwetboek: …" holds
        // the new number's "Geen artikel van het Strafwetboek."
        let newReason = newText.hasSuffix(".") ? String(newText.dropLast()) : newText
        if old.value == nil, new.value == nil, note(old.note)?.contains(newReason) == true { return oldText }
        return oldText + " → " + newText
    }

    /// Old and new periods; said once when they read the same, with one mark when both are
    /// equally sure. Without a floor (a line of its own) the mark is always shown.
    private func validityLine(old: Sourced<ValidityPeriod>, new: Sourced<ValidityPeriod>, floor: Confidence?) -> String {
        let oldPeriod = period(old.value) ?? note(old.note) ?? "–"
        let newPeriod = period(new.value) ?? note(new.note) ?? "–"
        let show = { (text: String, confidence: Confidence) in
            floor.map { quiet(text, confidence, under: $0) } ?? marked(text, confidence)
        }
        if oldPeriod == newPeriod { return show(oldPeriod, min(old.confidence, new.confidence)) }
        let oldText = texts(.recordLawValidOld, ["period": oldPeriod])
        let newText = texts(.recordLawValidNew, ["period": newPeriod])
        if old.confidence == new.confidence { return show(oldText + "; " + newText, old.confidence) }
        return show(oldText, old.confidence) + "; " + show(newText, new.confidence)
    }
}
