import Foundation

extension ReferenceScanner {
    /// What a name the caregiver types refers to: a provision id ("art-458bis"), a bare number
    /// ("458", "458 bis", "422"), a name ("spreekrecht") or a citation ("art. 458 van het
    /// Strafwetboek"). A citation that names two different provisions resolves to nothing.
    public func lookup(_ query: String) -> Resolution? {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let provision = rulebook.provisions.first(where: { $0.id.caseInsensitiveCompare(trimmed) == .orderedSame }) {
            return .provision(provision.id)
        }
        if let number = ArticleNumber(trimmed) { return rulebook.resolve(number, code: .unspecified) }
        let resolutions = scan(trimmed).map(\.resolution)
        guard let first = resolutions.first else { return nil }
        let meant = Set(resolutions.map { $0.meantProvision ?? "" })
        return meant.count == 1 ? first : nil
    }
}

extension Rulebook {
    /// See `ReferenceScanner.lookup(_:)`; build one scanner for many lookups.
    public func lookup(_ query: String) -> Resolution? {
        ReferenceScanner(rulebook: self).lookup(query)
    }
}
