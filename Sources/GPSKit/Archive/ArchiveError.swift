/// Why an archive command could not do what she asked. `ArchiveErrorText` words each one.
public enum ArchiveError: Error, Sendable, Equatable {
    /// `git` is not installed or not on `PATH`.
    case gitMissing
    /// No `gps archief koppel` yet.
    case notConnected
    /// Git knows no name or e-mail address to sign her commit with.
    case noIdentity
    /// The data folder already holds a clone of another archive.
    case otherArchive(folder: String, remote: String)
    /// The archive could not be reached: no network, a wrong path, no access.
    case unreachable(remote: String, detail: String)
    /// A git step failed for another reason; `detail` is git's own last line.
    case gitFailed(step: String, detail: String)
    /// Her changes and someone else's touch the same file; nothing was changed.
    case conflict(detail: String)
    /// Sharing was refused: something that identifies someone is still in the record.
    case notAnonymous([ArchiveLeak])
    case unknownRecord(String)
    case notAnArchiveID(String)
    /// The config file exists but cannot be read or written.
    case config(path: String, reason: String)
}
