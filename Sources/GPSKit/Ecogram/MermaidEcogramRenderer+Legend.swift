extension MermaidEcogramRenderer {
    /// What the lines and arrows of the diagram mean, as Markdown list items to print under it:
    /// for `ecogram`, only the kinds of line it draws; without one, every kind.
    public static func legend(texts: MessageTable, for ecogram: Ecogram? = nil) -> [String] {
        let drawn = ecogram.map { Set($0.members.map(\.stakeholder.tie)) } ?? Set(Tie.allCases)
        let ties: [(Tie, MessageKey)] = [
            (.strong, .mermaidLegendStrong), (.weak, .mermaidLegendWeak), (.stressful, .mermaidLegendStressful),
            (.broken, .mermaidLegendBroken),
        ]
        let items = ties.filter { drawn.contains($0.0) }.map { tie, key in texts(key, ["tie": texts(tie.name)]) }
            + [texts(.mermaidLegendArrow, ["none": texts(.supportNone)])]
        return items.map { "- " + MarkdownEscaping.inline($0) }
    }
}
