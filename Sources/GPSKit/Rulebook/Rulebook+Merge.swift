import Foundation

/// An extra rulebook loaded beside the built-in one: which file, and how fresh its facts are.
public struct ExtraRulebook: Sendable, Equatable {
    public var file: String
    public var statusDate: String
}

extension Rulebook {
    /// This rulebook with the entries of `extra` added: its provisions, numbering rows,
    /// mis-citations, sources and recognised words. The built-in disclaimer, confidence labels
    /// and codes stay, so an extra file cannot soften what GPS says about certainty. The result
    /// passes `RulebookValidator` or the error names `file`.
    public func merged(with extra: Rulebook, file: String) throws -> Rulebook {
        var book = self
        book.provisions += extra.provisions
        book.mapping += extra.mapping
        book.misCitations += extra.misCitations
        book.sources += extra.sources
        book.recognition = recognition.adding(extra.recognition)
        book.extras.append(ExtraRulebook(file: file, statusDate: extra.statusDate))
        return try RulebookValidator.validated(book, file: file)
    }

    /// Reads a rulebook file and holds it to the schema, naming `file` and the entry in every
    /// error. References between entries are checked by `merged(with:file:)`, because an extra
    /// rulebook may cite the built-in one's sources.
    public static func load(_ data: Data, file: String) throws -> Rulebook {
        let book = try RulebookDecoding.decode(data, file: file)
        let problems = RulebookShapeCheck.problems(in: book)
        guard problems.isEmpty else { throw RulebookError.invalid(file: file, problems: problems) }
        return book
    }
}

extension Recognition {
    func adding(_ other: Recognition) -> Recognition {
        func union(_ mine: [String], _ theirs: [String]) -> [String] { mine + theirs.filter { !mine.contains($0) } }
        var result = self
        result.articleCues = union(articleCues, other.articleCues)
        result.listCues = union(listCues, other.listCues)
        result.listSeparators = union(listSeparators, other.listSeparators)
        result.suffixes = union(suffixes, other.suffixes)
        result.codeMarkers += other.codeMarkers.filter { marker in !codeMarkers.contains { $0.phrase == marker.phrase } }
        result.instruments += other.instruments.filter { instrument in !instruments.contains { $0.id == instrument.id } }
        result.instrumentLinks = union(instrumentLinks, other.instrumentLinks)
        result.months = union(months, other.months)
        result.unitWords = union(unitWords, other.unitWords)
        result.addressWords = union(addressWords, other.addressWords)
        return result
    }
}
