/// One provision as `gps wet 458bis` shows it: every fact with its confidence, statutory text
/// only as quoted from its source, a paraphrase labelled as such, the conditions as a checklist.
public struct TextProvisionRenderer: Sendable {
    public let wording: LawWording

    public init(wording: LawWording) {
        self.wording = wording
    }

    private var texts: MessageTable { wording.texts }

    /// The provision, preceded by `preface` lines (how the query was read) and closed by the
    /// status date and the disclaimer, each once.
    public func render(_ provision: Provision, preface: [String] = []) -> String {
        var lines = preface
        if !preface.isEmpty { lines.append("") }
        lines.append(wording.name(of: provision) + " — " + wording.sourced(wording.localized(provision.title.value), provision.title))
        lines.append(wording.statusLine)
        lines += section(.lawNumbersLabel, numbers(provision))
        lines += section(.lawValidityLabel, validity(provision))
        lines += section(.lawTextLabel, body(provision))
        lines += section(.lawConditionsLabel, conditions(provision.checklist))
        lines += section(.lawPenaltyLabel, provision.penalties.map(penalty))
        lines += section(.lawSourcesLabel, sources(of: provision).map { "  " + wording.sourceEntry($0) })
        lines += ["", wording.disclaimer]
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ label: MessageKey, _ body: [String]) -> [String] {
        body.isEmpty ? [] : ["", texts(label)] + body
    }

    private func numbers(_ provision: Provision) -> [String] {
        var old = wording.oldNumber(of: provision)
        if let note = provision.oldNumber.note { old += " — " + wording.localized(note) }
        var new = wording.newNumber(of: provision)
        if let note = provision.newNumber.note, provision.newNumber.value != nil { new += " — " + wording.localized(note) }
        if provision.kind == .framework { return ["  " + old] }
        return ["  \(texts(.lawOldNumberLabel)): \(old)", "  \(texts(.lawNewNumberLabel)): \(new)"]
    }

    private func validity(_ provision: Provision) -> [String] {
        let old = provision.validity.oldCode
        let new = provision.validity.newCode
        return [
            "  \(texts(.lawValidityOldCode)): " + wording.sourced(wording.period(old.value), old),
            "  \(texts(.lawValidityNewCode)): " + wording.sourced(wording.period(new.value), new),
        ]
    }

    private func body(_ provision: Provision) -> [String] {
        var lines: [String] = []
        for text in provision.texts {
            switch text {
            case .verbatim(let verbatim):
                let heading = texts(.lawVerbatimHeading, ["article": verbatim.article, "language": verbatim.language])
                lines.append("  " + wording.fact(heading, verbatim.confidence))
                lines += verbatim.body.split(separator: "\n", omittingEmptySubsequences: false).map { "  > " + $0 }
                lines.append("  " + wording.source(verbatim.source))
                lines.append("  " + wording.localized(verbatim.versionNote))
            case .paraphrase(let paraphrase):
                lines.append("  " + wording.fact(texts(.lawParaphraseHeading), paraphrase.confidence))
                lines.append("  " + wording.localized(paraphrase.body))
            }
        }
        if let note = provision.textNote { lines.append("  " + wording.localized(note)) }
        return lines
    }

    /// Required conditions as boxes to tick; a oneOf group under one heading, in the order the
    /// rulebook lists them.
    private func conditions(_ checklist: Checklist) -> [String] {
        var lines = ["  " + wording.localized(checklist.meaning)]
        var shownGroups: Set<String> = []
        for condition in checklist.conditions {
            if condition.kind == .oneOf, let group = condition.group {
                guard shownGroups.insert(group).inserted else { continue }
                lines.append("  " + texts(.lawConditionOneOf))
                for member in checklist.conditions where member.group == group {
                    lines.append("    " + item(member))
                    lines += details(of: member, indent: "      ")
                }
            } else {
                lines.append("  " + item(condition))
                lines += details(of: condition, indent: "    ")
            }
        }
        return lines
    }

    /// The options of a point, each with its mark, and what is less sure under the new code.
    private func details(of condition: Condition, indent: String) -> [String] {
        var lines: [String] = []
        if let caveat = condition.underNewCode { lines.append(indent + newCode(caveat)) }
        for option in condition.options {
            lines.append(indent + "- " + wording.fact(wording.localized(option.text), option.confidence))
            if let caveat = option.underNewCode { lines.append(indent + "  " + newCode(caveat)) }
        }
        return lines
    }

    private func newCode(_ caveat: CodeCaveat) -> String {
        texts(.lawUnderNewCode) + ": " + wording.fact(wording.localized(caveat.note), caveat.confidence)
    }

    private func item(_ condition: Condition) -> String {
        let text = wording.fact(wording.localized(condition.text), condition.confidence)
        switch condition.kind {
        // An exception's text says so itself ("Uitzondering: …"); a label would double it.
        case .required, .oneOf, .exception: return "[ ] " + text
        case .aggravating: return "(\(texts(.lawConditionAggravating))) " + text
        case .note: return "(\(texts(.lawConditionNote))) " + text
        }
    }

    private func penalty(_ penalty: Penalty) -> String {
        let code = penalty.code == .sw1867 ? texts(.lawValidityOldCode) : texts(.lawValidityNewCode)
        return "  \(code): " + wording.sourced(wording.localized(penalty.text.value), penalty.text)
    }

    /// Every source a fact of the provision cites, once, in the order first cited.
    private func sources(of provision: Provision) -> [String] {
        var ids = provision.title.sources + provision.oldNumber.sources + provision.newNumber.sources
        ids += provision.validity.oldCode.sources + provision.validity.newCode.sources
        ids += provision.texts.flatMap(\.sourceIDs) + provision.conditions.flatMap(\.sources)
        ids += provision.penalties.flatMap(\.text.sources)
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
