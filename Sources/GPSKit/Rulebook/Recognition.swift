/// The words the reference scanner knows, read from the rulebook so they can be extended
/// without a code change.
public struct Recognition: Sendable, Decodable {
    public struct CodeMarker: Sendable, Decodable {
        public var phrase: String
        public var code: CitedCode
    }

    /// Words after which a bare number is an article ("art", "artikel", "artt", "article").
    public var articleCues: [String]
    /// Plural cues: after them every number in a list counts.
    public var listCues: [String]
    public var listSeparators: [String]
    public var suffixes: [String]
    public var codeMarkers: [CodeMarker]
    /// Named laws and treaties other than the Criminal Code ("Kinderrechtenverdrag", "AVG").
    public var instruments: [Instrument]
    /// Words between an article and the instrument after it: "van het", "of the".
    public var instrumentLinks: [String]
    public var months: [String]
    public var unitWords: [String]
    public var addressWords: [String]

    private enum CodingKeys: String, CodingKey {
        case articleCues, listCues, listSeparators, suffixes, codeMarkers, instruments, instrumentLinks
        case months, unitWords, addressWords
    }

    public func instrument(id: String) -> Instrument? { instruments.first { $0.id == id } }
}

extension Recognition {
    /// `instruments` and `instrumentLinks` came later: an extra rulebook written before them
    /// still loads.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        articleCues = try container.decode([String].self, forKey: .articleCues)
        listCues = try container.decode([String].self, forKey: .listCues)
        listSeparators = try container.decode([String].self, forKey: .listSeparators)
        suffixes = try container.decode([String].self, forKey: .suffixes)
        codeMarkers = try container.decode([CodeMarker].self, forKey: .codeMarkers)
        instruments = try container.decodeIfPresent([Instrument].self, forKey: .instruments) ?? []
        instrumentLinks = try container.decodeIfPresent([String].self, forKey: .instrumentLinks) ?? []
        months = try container.decode([String].self, forKey: .months)
        unitWords = try container.decode([String].self, forKey: .unitWords)
        addressWords = try container.decode([String].self, forKey: .addressWords)
    }
}

/// A law, code or treaty other than the Criminal Code that a caregiver may cite: the
/// Kinderrechtenverdrag, the AVG, the Civil Code (BW), the Code of Criminal Procedure (Sv.).
/// GPS reports an article of it as that instrument's article and does not check it.
public struct Instrument: Sendable, Decodable, Equatable, Identifiable {
    public var id: String
    /// As it reads after "art. 19 van" / "art. 19 of": "het Kinderrechtenverdrag".
    public var name: LocalizedText
    /// How people write it: "Kinderrechtenverdrag", "IVRK", "VN-Kinderrechtenverdrag".
    public var markers: [String]

    public init(id: String, name: LocalizedText, markers: [String]) {
        self.id = id
        self.name = name
        self.markers = markers
    }
}
