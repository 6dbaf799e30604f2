import Foundation

/// The words every legal fact is shown with: its confidence label, the old and new numbers,
/// dates and periods, the status date and the disclaimer. Shared by the `gps wet` renderers.
public struct LawWording: Sendable {
    public let rulebook: Rulebook
    public let texts: MessageTable
    /// A whole document (`gps wet`) explains the marks once beside the status date and then
    /// gives each fact its short mark ("[waarschijnlijk]"), as display rule 7 asks; a line on its
    /// own (the wizard naming an article) keeps the mark in full.
    public let explainsMarksOnce: Bool

    public init(rulebook: Rulebook, texts: MessageTable, explainsMarksOnce: Bool = false) {
        self.rulebook = rulebook
        self.texts = texts
        self.explainsMarksOnce = explainsMarksOnce
    }

    var language: Language { texts.language }

    /// "art. 458bis Sw. 1867 [bevestigd]": a fact and how sure it is, never one without the other.
    public func fact(_ text: String, _ confidence: Confidence) -> String {
        texts(.lawFact, ["fact": text, "confidence": mark(confidence)])
    }

    /// "waarschijnlijk" where the document has explained it, else the whole label.
    public func mark(_ confidence: Confidence) -> String {
        let label = rulebook.label(confidence, in: language)
        guard explainsMarksOnce else { return label }
        return label.components(separatedBy: " — ").first ?? label
    }

    public func localized(_ text: LocalizedText) -> String { text.text(in: language) }

    /// The name a provision goes by in a line: its old article number, or its title for a
    /// framework that has none.
    public func name(of provision: Provision) -> String {
        if let number = provision.oldNumber.value { return texts(.lawArticleOld, ["number": number]) }
        return localized(provision.title.value)
    }

    public func name(ofProvision id: String) -> String {
        rulebook.provision(id: id).map(name(of:)) ?? id
    }

    public func oldNumber(of provision: Provision) -> String {
        let number = provision.oldNumber.value.map { texts(.lawArticleOld, ["number": $0]) } ?? texts(.lawNoArticleNumber)
        return fact(number, provision.oldNumber.confidence)
    }

    /// The new number only when it is confirmed; a likely one says it is still to be checked,
    /// and an unverified or missing one is never shown (legal README, "not confirmed").
    public func newNumber(of provision: Provision) -> String {
        let new = provision.newNumber
        if provision.kind == .framework, new.value == nil {
            return fact(new.note.map(localized) ?? texts(.lawNoArticleNumber), new.confidence)
        }
        guard let number = new.value, new.confidence != .unverified else {
            return fact(texts(.lawNewNumberToVerify), new.confidence)
        }
        let key: MessageKey = new.confidence == .confirmed ? .lawArticleNew : .lawNewNumberLikely
        return fact(texts(key, ["number": number]), new.confidence)
    }

    /// "22 november 2026" from "2026-11-22"; the ISO text when it is no date.
    public func day(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        let months = Self.months[language] ?? []
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    // Month names are calendar data, not sentences, so they live here rather than in the table.
    private static let months: [Language: [String]] = [
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    public func period(_ period: ValidityPeriod) -> String {
        switch (period.from.map(day), period.until.map(day)) {
        case (let from?, let until?): texts(.lawPeriodFromUntil, ["from": from, "until": until])
        case (let from?, nil): texts(.lawPeriodFrom, ["from": from])
        case (nil, let until?): texts(.lawPeriodUntil, ["until": until])
        case (nil, nil): texts(.lawPeriodOpen)
        }
    }

    /// A fact with its confidence, then its note when it has one.
    public func sourced<Value>(_ text: String, _ fact: Sourced<Value>) -> String {
        let shown = self.fact(text, fact.confidence)
        return fact.note.map { shown + " — " + localized($0) } ?? shown
    }

    /// "stand van zaken: 22 november 2026", shown once wherever legal facts appear, with the
    /// date of each extra rulebook loaded beside the built-in one.
    public var statusLine: String {
        let extras = rulebook.extras.map { texts(.lawRulebookStatus, ["file": $0.file, "date": day($0.statusDate)]) }
        let status = ([texts(.lawStatusDate, ["date": day(rulebook.statusDate)])] + extras).joined(separator: "; ")
        guard explainsMarksOnce else { return status }
        let labels = Confidence.allCases.sorted(by: >).map { rulebook.label($0, in: language) }.joined(separator: "; ")
        return status + "\n" + texts(.lawMarksLegend, ["labels": labels])
    }

    public var disclaimer: String { localized(rulebook.disclaimer) }

    /// "bron: title — url", under a quoted text.
    public func source(_ id: String) -> String {
        guard let source = rulebook.source(id: id) else { return "\(id): \(texts(.lawSourceUnknown))" }
        return texts(.lawVerbatimSource, ["title": source.title, "url": source.url])
    }

    /// "title — url", in a list of sources.
    public func sourceEntry(_ id: String) -> String {
        guard let source = rulebook.source(id: id) else { return "\(id): \(texts(.lawSourceUnknown))" }
        return "\(source.title) — \(source.url)"
    }
}
