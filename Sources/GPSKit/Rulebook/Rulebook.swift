/// The legal facts GPS checks citations against: provisions, the numbering table, known
/// mis-citations and sources, with the date they were checked.
public struct Rulebook: Sendable, Decodable {
    public var formatVersion: Int
    /// The day the legal facts were last checked (stand van zaken), YYYY-MM-DD.
    public var statusDate: String
    /// The day this rulebook was compiled, YYYY-MM-DD (shown by `gps --version`).
    public var builtOn: String
    public var disclaimer: LocalizedText
    public var confidenceLabels: [String: LocalizedText]
    public var codes: [CriminalCode]
    public var provisions: [Provision]
    public var mapping: [MappingRow]
    public var misCitations: [MisCitation]
    public var recognition: Recognition
    public var sources: [LegalSource]
    /// Extra rulebooks merged into this one (`--regelboek`), with their own status dates.
    public var extras: [ExtraRulebook] = []

    private enum CodingKeys: String, CodingKey {
        case formatVersion, statusDate, builtOn, disclaimer, confidenceLabels, codes, provisions, mapping, misCitations
        case recognition, sources
    }

    public func provision(id: String) -> Provision? { provisions.first { $0.id == id } }

    public func source(id: String) -> LegalSource? { sources.first { $0.id == id } }

    public func code(_ version: CodeVersion) -> CriminalCode? { codes.first { $0.id == version } }

    /// How a confidence mark reads for the user.
    public func label(_ confidence: Confidence, in language: Language) -> String {
        confidenceLabels[confidence.rawValue]?.text(in: language) ?? confidence.rawValue
    }

    /// The provision whose old (or, for `.sw2024`, new) number this is.
    public func provision(number: ArticleNumber, code: CitedCode = .unspecified) -> Provision? {
        if code == .sw2024 { return provisions.first { $0.newArticleNumber == number } }
        return provisions.first { $0.oldArticleNumber == number }
    }

    public func misCitation(number: ArticleNumber) -> MisCitation? {
        misCitations.first { $0.citedNumber == number }
    }

    /// The mapping rows that mention this number in the given code.
    public func mappingRows(number: ArticleNumber, code: CodeVersion) -> [MappingRow] {
        mapping.filter { row in
            let numbers = code == .sw1867 ? row.old.value : row.new.value
            return numbers?.articleNumbers.contains(number) ?? false
        }
    }

    /// The numbered article nearest to `number`, for "did you mean" warnings.
    public func nearestArticle(to number: ArticleNumber) -> Provision? {
        provisions.compactMap { provision in provision.oldArticleNumber.map { (provision, $0) } }
            .min { $0.1.distance(to: number) < $1.1.distance(to: number) }?.0
    }
}
