/// The structured part of an archive record: what a colleague can search on without reading
/// the whole Markdown. Made from the anonymous case only (pseudonyms, masked nothing), with
/// every date reduced to its month. Its shape is `Questionnaires/archive-summary.schema.json`.
public struct ArchiveSummary: Codable, Sendable, Equatable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var archiveID: String
    /// The month the case is about, `YYYY-MM`.
    public var month: String
    /// `kort` or `volledig`.
    public var route: String
    /// The language the record is written in.
    public var language: String
    public var title: String
    public var keyQuestion: String?
    /// The decision that holds now: the latest after any intervision.
    public var decision: String?
    public var arguments: [String]
    public var acceptedCost: String?
    public var values: [String]
    public var plan: [PlanStep]
    public var provisions: [ProvisionEntry]
    /// The steps that tell someone something, with the ground they rest on.
    public var grounds: [GroundEntry]
    public var findings: [FindingEntry]
    /// How many intervision sessions the case had.
    public var intervisions: Int

    public struct PlanStep: Codable, Sendable, Equatable {
        public var step: Int
        public var what: String
        /// A role, never a name: "ik", "de verantwoordelijke".
        public var who: String
        public var participants: [String]
        public var recipients: [String]
        /// The month she looks back, `YYYY-MM`.
        public var reviewMonth: String?
    }

    public struct ProvisionEntry: Codable, Sendable, Equatable {
        /// The rulebook id: `art-458bis`.
        public var id: String
        /// As the record names it: `art. 458bis`, `Gedeeld beroepsgeheim`.
        public var name: String
        public var verdict: ArchiveVerdict
    }

    public struct GroundEntry: Codable, Sendable, Equatable {
        public var step: Int
        public var told: [String]
        /// A ground id of the catalogue (`consent`), or nil when she gave none.
        public var ground: String?
        public var provision: String?
        /// Nil without a ground.
        public var verdict: ArchiveVerdict?
    }

    public struct FindingEntry: Codable, Sendable, Equatable {
        public var rule: String
        /// `ok`, `attention`, `toCheck` or `problem`.
        public var level: String
        /// The steps of the plan it is about.
        public var steps: [Int]
    }
}

/// A verdict in the archive's words, which are also what `--oordeel` takes.
public enum ArchiveVerdict: String, Codable, Sendable, CaseIterable {
    case covered = "gedekt"
    case notCovered = "niet-gedekt"
    case open

    public init(_ verdict: Verdict) {
        switch verdict {
        case .covered: self = .covered
        case .notCovered: self = .notCovered
        case .open: self = .open
        }
    }

    /// Also the English words and "niet gedekt" with a space.
    public init?(word: String) {
        switch word.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-") {
        case "gedekt", "covered": self = .covered
        case "niet-gedekt", "not-covered", "notcovered": self = .notCovered
        case "open": self = .open
        default: return nil
        }
    }
}
