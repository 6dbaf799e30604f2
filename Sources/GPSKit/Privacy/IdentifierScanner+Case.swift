extension IdentifierScanner {
    /// Every identifier in the case's free text, each with the place it sits, in a stable order.
    public func scan(_ file: CaseFile) -> [IdentifierFinding] {
        var findings: [IdentifierFinding] = []
        _ = file.mappingFreeText { text, location in
            findings += scan(text, at: location)
            return text
        }
        return findings
    }

    /// A copy of the case with every identifier in its free text masked.
    public func masked(_ file: CaseFile, messages: MessageTable) -> CaseFile {
        file.mappingFreeText { text, _ in masked(text, messages: messages) }
    }
}
