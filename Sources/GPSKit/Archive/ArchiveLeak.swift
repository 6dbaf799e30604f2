/// Something in an archive file that identifies someone: an identifier or a real name, and
/// where it stands, so she can find and change it in her case.
public struct ArchiveLeak: Sendable, Equatable {
    public enum File: String, Sendable, Equatable {
        /// `AID.md`, the anonymous record.
        case record
        /// `AID.json`, the summary.
        case summary
    }

    public enum Kind: Sendable, Equatable {
        case identifier(IdentifierKind)
        case name
    }

    public var file: File
    /// 1-based.
    public var line: Int
    public var kind: Kind
    /// What to look for. A name as it stands; an identifier only by its first and last two
    /// characters, so the message never repeats it whole.
    public var hint: String
    /// Where in her case the identifier was typed, when GPS can tell: `feiten #3`.
    public var caseLocation: String?

    public init(file: File, line: Int, kind: Kind, hint: String, caseLocation: String? = nil) {
        self.file = file
        self.line = line
        self.kind = kind
        self.hint = hint
        self.caseLocation = caseLocation
    }

    /// `0470 12 34 56` becomes `04…56`; anything of six characters or fewer only `…`.
    static func shortened(_ identifier: String) -> String {
        guard identifier.count > 6 else { return "…" }
        return String(identifier.prefix(2)) + "…" + String(identifier.suffix(2))
    }
}
