extension IdentifierFinding {
    /// The identifier with all but its last two letters or digits hidden, "•••• •• •• 56": enough
    /// for her to find it again, too little to read it off a screen or a log.
    public var partlyHidden: String {
        let shown = text.filter { $0.isLetter || $0.isNumber }.count - 2
        var seen = 0
        return String(text.map { character in
            guard character.isLetter || character.isNumber else { return character }
            seen += 1
            return seen > shown ? character : "•"
        })
    }

    /// Where the finding is (in the words of `questionnaire` when given), which kind, and the
    /// identifier partly hidden: `Feiten #1, teken 27: telefoonnummer „•••• •• •• 56”`.
    public func line(messages: MessageTable, questionnaire: Questionnaire? = nil) -> String {
        messages(
            .privacyFindingAt,
            [
                "where": location.place(in: questionnaire, messages: messages), "position": String(offset + 1),
                "kind": messages(kind.name), "text": partlyHidden,
            ])
    }
}

extension IdentifierScanner {
    /// The lines to warn with when a case she keeps holds identifiers; empty when it holds none.
    public func warningLines(for file: CaseFile, messages: MessageTable, questionnaire: Questionnaire? = nil) -> [String] {
        let findings = scan(file)
        guard !findings.isEmpty else { return [] }
        return [messages(.privacyIdentifiersInCase, ["count": String(findings.count)])]
            + findings.map { "  " + $0.line(messages: messages, questionnaire: questionnaire) }
    }
}
