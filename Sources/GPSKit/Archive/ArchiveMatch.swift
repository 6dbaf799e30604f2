/// One record `gps archief zoek` found, with the line that made it match.
public struct ArchiveMatch: Sendable, Equatable {
    public var archiveID: String
    public var month: String
    public var title: String
    public var line: String
}
