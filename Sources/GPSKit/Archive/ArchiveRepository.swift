import Foundation

/// The organisation's archive as her laptop holds it: a git clone in the data folder. Every
/// git step runs through `GitRunner`; nothing here prints or asks.
public struct ArchiveRepository: Sendable {
    public let places: ArchivePlaces
    public let git: any GitRunner
    /// For her git identity as set in the environment (`GIT_AUTHOR_NAME`, `EMAIL`).
    public let environment: [String: String]

    public init(places: ArchivePlaces, git: any GitRunner, environment: [String: String]) {
        self.places = places
        self.git = git
        self.environment = environment
    }

    /// How a push went: shared with everyone, nothing to send, or kept on her laptop because
    /// the archive could not be reached (sent with the next `deel` or `haal`).
    public enum PushOutcome: Sendable, Equatable {
        case pushed
        case nothingToPush
        case keptLocally(detail: String)
    }

    public struct ShareOutcome: Sendable, Equatable {
        public var archiveID: String
        /// False when the case was shared before and its record was updated.
        public var isNew: Bool
        /// False when the record was already in the archive exactly like this.
        public var changed: Bool
        public var push: PushOutcome
    }

    public struct PullOutcome: Sendable, Equatable {
        public var records: Int
        public var newRecords: Int
        public var push: PushOutcome
    }

    /// Whether `location` is a folder rather than a URL (`https://…`, `ssh://…`, `host:path`).
    static func isLocalPath(_ location: String) -> Bool {
        if location.contains("://") { return location.hasPrefix("file://") }
        guard let colon = location.firstIndex(of: ":") else { return true }
        // "host:path" and "user@host:path" are scp-like; a slash before the colon is a path.
        return location[..<colon].contains("/")
    }

    var isCloned: Bool {
        FileManager.default.fileExists(atPath: places.clone.appending(path: ".git").path)
    }

    func run(_ arguments: [String]) throws(ArchiveError) -> GitResult {
        try git.run(arguments, in: places.clone)
    }

    /// Git's last line of complaint, without its "fatal: " or "error: ".
    static func detail(_ result: GitResult) -> String {
        let lines = result.errorOutput.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let line = lines.last { !$0.isEmpty && !$0.hasPrefix("hint:") } ?? ""
        for prefix in ["fatal: ", "error: "] where line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
        return line
    }

    /// Words in git's messages that mean the archive could not be reached.
    static func isUnreachable(_ result: GitResult) -> Bool {
        let text = result.errorOutput.lowercased()
        return [
            "could not read from remote", "does not appear to be a git repository", "unable to access",
            "could not resolve", "connection", "no such file or directory", "permission denied", "not found",
            "timed out", "network",
        ].contains { text.contains($0) }
    }

    func branch() throws(ArchiveError) -> String {
        let result = try run(["symbolic-ref", "--quiet", "--short", "HEAD"])
        let name = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return result.succeeded && !name.isEmpty ? name : "main"
    }

    func hasCommits() throws(ArchiveError) -> Bool {
        try run(["rev-parse", "--quiet", "--verify", "HEAD"]).succeeded
    }

    /// The commit the clone is at, or "none" before the first one.
    func head() throws(ArchiveError) -> String {
        let result = try run(["rev-parse", "--quiet", "--verify", "HEAD"])
        return result.succeeded ? result.output.trimmingCharacters(in: .whitespacesAndNewlines) : "none"
    }
}
