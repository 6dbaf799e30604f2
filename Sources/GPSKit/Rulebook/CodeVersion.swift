/// The two Belgian Criminal Codes: the 1867 code and the code of 2024, in force since
/// 8 April 2026 (LIKELY; the date is data, see `CriminalCode.validity`).
public enum CodeVersion: String, Sendable, Codable, CaseIterable {
    case sw1867
    case sw2024
}

/// What a citation says about the code it cites.
public enum CitedCode: String, Sendable, Decodable, Equatable {
    /// No code named ("art. 458"): read as Sw. 1867, whose numbers these are.
    case unspecified
    /// "Sw.", "Strafwetboek", "C.p." without a version.
    case criminal
    case sw1867
    case sw2024
    /// Another law (GDPR, Civil Code, an internal regulation): its numbers are not checked.
    case other
}

/// One of the two codes, with its identifier and validity.
public struct CriminalCode: Sendable, Decodable {
    public var id: CodeVersion
    public var name: LocalizedText
    /// The numac under which the code is published.
    public var identifier: Sourced<String>
    public var validity: Sourced<ValidityPeriod>
}
