extension Rulebook {
    /// Resolves an article number cited under `code`; nil when it belongs to another law and so
    /// is not the rulebook's to check.
    public func resolve(_ number: ArticleNumber, code: CitedCode) -> Resolution? {
        switch code {
        case .other: return nil
        case .sw2024: return resolveNew(number)
        case .unspecified, .criminal, .sw1867: return resolveOld(number)
        }
    }

    private func resolveOld(_ number: ArticleNumber) -> Resolution {
        if let provision = provision(number: number) { return .provision(provision.id) }
        if let citation = misCitation(number: number) { return .misCitation(citation) }
        let nearest = nearestArticle(to: number)?.id
        let rows = mappingRows(number: number, code: .sw1867)
        return rows.isEmpty ? .notInRulebook(nearest: nearest) : .mappingOnly(rows: rows.map(\.id), nearest: nearest)
    }

    private func resolveNew(_ number: ArticleNumber) -> Resolution {
        if let provision = provision(number: number, code: .sw2024) { return .provision(provision.id) }
        let rows = mappingRows(number: number, code: .sw2024)
        if !rows.isEmpty { return .mappingOnly(rows: rows.map(\.id), nearest: nil) }
        if let provision = provision(number: number) { return .oldNumberUnderNewCode(provision: provision.id) }
        return .notInRulebook(nearest: nil)
    }
}
