/// The intervisions in the record, oldest first: for each session who took part, what the
/// group added (apart from her answers), every proposal, the Socratic dialogue and her
/// decision; then the log of her decisions, each later one superseding the one before.
struct IntervisionSection {
    let route: Questionnaire
    let guide: Questionnaire?
    let texts: MessageTable

    /// Nil when the case has had no intervision.
    func markdown(_ caseFile: CaseFile) -> String? {
        let sessions = caseFile.intervisions.filter { !$0.isEmpty }
        guard !sessions.isEmpty else { return nil }
        var blocks = ["## " + escaped(texts(.intervisionRecordHeading))]
        blocks += sessions.map(session)
        let log = DecisionLog(caseFile: caseFile, route: route)
        if log.entries.count > 1 { blocks.append(decisions(log)) }
        return blocks.joined(separator: "\n\n")
    }

    private func session(_ session: IntervisionSession) -> String {
        var title = texts(.intervisionRecordSession, ["date": date(session.day)])
        if !session.finished { title += " (" + texts(.intervisionRecordUnfinished) + ")" }
        var blocks = ["### " + escaped(title)]
        var people: [String] = []
        if let facilitator = session.facilitator { people.append(field(.intervisionRecordFacilitator, facilitator)) }
        if !session.participants.isEmpty {
            people.append(field(.intervisionRecordParticipants, session.participants.joined(separator: ", ")))
        }
        if !people.isEmpty { blocks.append(people.joined(separator: "\n")) }
        if let additions = additions(session) { blocks.append(additions) }
        if !session.proposals.isEmpty { blocks.append(proposals(session.proposals)) }
        if let socratic = session.socratic { blocks.append(dialogue(socratic)) }
        blocks.append(owner(session.ownerDecision))
        return blocks.joined(separator: "\n\n")
    }

    private func additions(_ session: IntervisionSession) -> String? {
        let asked = guide?.questions ?? []
        let ids = asked.map(\.id).filter { session.additions[$0] != nil }
            + session.additions.keys.sorted().filter { id in !asked.contains { $0.id == id } }
        guard !ids.isEmpty else { return nil }
        let heading = "**" + escaped(texts(.intervisionRecordAdditions, ["date": date(session.day)])) + "**"
        let lists = ids.map { id in
            let question = asked.first { $0.id == id }
            let mark = question?.role == .suspicions ? "*\(escaped(texts(.suspicionMark))):* " : ""
            let items = (session.additions[id] ?? []).map { "- " + mark + escaped($0) }
            return "*" + escaped(question?.label.text(in: texts.language) ?? id) + "*\n\n" + items.joined(separator: "\n")
        }
        return ([heading] + lists).joined(separator: "\n\n")
    }

    private func proposals(_ proposals: [Proposal]) -> String {
        let table = MarkdownTable(headers: [.columnParticipant, .columnDecision, .columnArgument].map { texts($0) })
            .rendering(proposals.map { [$0.participant, $0.decision, $0.argument] })
        return "**" + escaped(texts(.intervisionRecordProposals)) + "**\n\n" + table
    }

    private func dialogue(_ socratic: SocraticDialogue) -> String {
        var lines = ["**" + escaped(texts(.intervisionRecordSocratic)) + "**", ""]
        lines.append(field(.intervisionRecordFundamental, socratic.question))
        lines += socratic.whys.map { "- *" + escaped(texts(.intervisionRecordWhy)) + ":* " + escaped($0) }
        return lines.joined(separator: "\n")
    }

    private func owner(_ decision: OwnerDecision?) -> String {
        let heading = "**" + escaped(texts(.intervisionRecordOwner)) + "**\n\n"
        guard let decision, !decision.decision.allSatisfy(\.isWhitespace) else {
            let argument = decision.map { $0.argument.isEmpty ? "" : "\n\n" + field(.intervisionRecordArgument, $0.argument) } ?? ""
            return heading + escaped(texts(.intervisionRecordNoOwnerDecision)) + argument
        }
        var text = heading + MarkdownEscaping.paragraphs(decision.decision)
        if !decision.argument.isEmpty { text += "\n\n" + field(.intervisionRecordArgument, decision.argument) }
        return text
    }

    private func decisions(_ log: DecisionLog) -> String {
        let rows = log.entries.indices.map { index -> [String] in
            let entry = log.entries[index]
            var status = [entry.intervision == nil ? texts(.intervisionRecordFirstDecision) : texts(.intervisionRecordAfterSession)]
            if let earlier = log.predecessor(of: index) {
                status.append(texts(.intervisionRecordSupersedes, ["date": date(earlier.day)]))
            }
            if let later = log.successor(of: index) {
                status.append(texts(.intervisionRecordSupersededBy, ["date": date(later.day)]))
            } else {
                status.append(texts(.intervisionRecordHolds))
            }
            return [RecordDate(texts: texts).short(entry.day), entry.decision, entry.argument, status.joined(separator: "; ")]
        }
        let table = MarkdownTable(headers: [.columnDate, .columnDecision, .columnArgument, .columnStatus].map { texts($0) })
            .rendering(rows)
        return "### " + escaped(texts(.intervisionRecordLog)) + "\n\n" + table
    }

    private func field(_ key: MessageKey, _ value: String) -> String {
        "- **" + escaped(texts(key)) + ":** " + escaped(value)
    }

    private func date(_ day: CaseDay) -> String { RecordDate(texts: texts).long(day) }

    private func escaped(_ text: String) -> String { MarkdownEscaping.inline(text) }
}
