/// Something about where GPS keeps its files that she should know, though nothing stops: a
/// folder or case file others can read. GPS never changes the mode of what it did not create,
/// so it names the file and the command that closes it. Shown on standard error.
public enum StorageWarning: Sendable, Equatable, Hashable {
    /// A data or cases folder others may enter or read; `chmod 700` closes it.
    case folderOpenToOthers(path: String, mode: Int)
    /// A folder meant for everyone (sticky bit, like /tmp): closing it would lock others out,
    /// so the advice is a folder of her own.
    case sharedFolder(path: String, mode: Int)
    /// A case file others may read; `chmod 600` closes it (the next save writes it 0600 too).
    case caseFileOpenToOthers(path: String, mode: Int)

    /// What to check, from the permission bits (with the sticky bit) of a folder.
    static func forFolder(_ path: String, mode: Int) -> StorageWarning? {
        guard mode & 0o077 != 0 else { return nil }
        return mode & 0o1000 != 0 ? .sharedFolder(path: path, mode: mode) : .folderOpenToOthers(path: path, mode: mode)
    }

    static func forCaseFile(_ path: String, mode: Int) -> StorageWarning? {
        mode & 0o077 != 0 ? .caseFileOpenToOthers(path: path, mode: mode) : nil
    }
}
