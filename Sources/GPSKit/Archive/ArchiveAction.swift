/// What `gps archief` is asked to do, by its Dutch word or its English one.
public enum ArchiveAction: String, Sendable, CaseIterable {
    case connect = "koppel"
    case share = "deel"
    case pull = "haal"
    case search = "zoek"
    case show = "toon"

    public var englishWord: String {
        switch self {
        case .connect: "connect"
        case .share: "share"
        case .pull: "pull"
        case .search: "search"
        case .show: "show"
        }
    }

    public init?(word: String) {
        guard let action = Self.allCases.first(where: { $0.rawValue == word || $0.englishWord == word }) else { return nil }
        self = action
    }

    /// Every word, Dutch first: for completion and for the usage error.
    public static var allWords: [String] { allCases.map(\.rawValue) + allCases.map(\.englishWord) }

    /// Whether the action needs its second argument (`koppel PAD`, `deel ID`, `toon ID`).
    public var needsTarget: Bool { [.connect, .share, .show].contains(self) }
}
