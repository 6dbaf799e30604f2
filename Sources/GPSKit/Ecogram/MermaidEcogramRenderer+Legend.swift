extension MermaidEcogramRenderer {
    /// What the lines and arrows of the diagram mean, as Markdown list items to print under it.
    public static func legend(texts: MessageTable) -> [String] {
        let items = [
            texts(.mermaidLegendStrong, ["tie": texts(.tieStrong)]),
            texts(.mermaidLegendWeak, ["tie": texts(.tieWeak)]),
            texts(.mermaidLegendStressful, ["tie": texts(.tieStressful)]),
            texts(.mermaidLegendBroken, ["tie": texts(.tieBroken)]),
            texts(.mermaidLegendArrow, ["none": texts(.supportNone)]),
        ]
        return items.map { "- " + MarkdownEscaping.inline($0) }
    }
}
