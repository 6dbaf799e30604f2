/// Why a file could not be read or written, with the file and the system's reason.
public enum StorageError: Error, Sendable, Equatable {
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    /// A symbolic link where GPS keeps its own files (a case or lock file): never followed.
    case symbolicLink(path: String)
    /// A folder, FIFO or device where GPS keeps its own files.
    case notARegularFile(path: String)
}
