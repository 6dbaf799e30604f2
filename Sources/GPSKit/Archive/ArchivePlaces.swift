import Foundation

/// Where the archive lives on her laptop: the clone in the data folder, the map from her case
/// ids to archive ids beside it (never in the clone, so it is never shared), and GPS's config
/// file that remembers which archive she connected.
public struct ArchivePlaces: Sendable, Equatable {
    /// The config key for the organisation's archive: a folder or a git URL.
    public static let archiveKey = "archief"

    public let clone: URL
    public let idMap: URL
    public let config: URL

    public init(environment: [String: String]) {
        let data = DataFolder.resolve(environment: environment)
        clone = data.appending(path: "archief", directoryHint: .isDirectory)
        idMap = data.appending(path: "archief-ids")
        config = Self.configFile(environment: environment)
    }

    public init(clone: URL, idMap: URL, config: URL) {
        self.clone = clone
        self.idMap = idMap
        self.config = config
    }

    /// The folder of records inside the clone.
    public var records: URL { clone.appending(path: "records", directoryHint: .isDirectory) }

    /// The search index, inside `.git` so git never sees it.
    public var index: URL { clone.appending(path: ".git/gps-archief-index") }

    public func markdown(_ archiveID: String) -> URL { records.appending(path: archiveID + ".md") }
    public func summary(_ archiveID: String) -> URL { records.appending(path: archiveID + ".json") }

    /// `$XDG_CONFIG_HOME/gps/config`, else `~/.config/gps/config`; a relative XDG path is ignored.
    public static func configFile(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appending(path: "gps/config")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appending(path: ".config/gps/config")
    }
}
