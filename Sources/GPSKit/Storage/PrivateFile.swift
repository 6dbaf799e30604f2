import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writes files only their owner can read (0600), atomically: a temporary file in the same
/// folder, written in full, synced, then renamed over the old one, and the folder synced.
/// Foundation's `.atomic` write loses the 0600 mode and does not sync the folder, so this is by hand.
public enum PrivateFile {
    public static func write(_ data: Data, to url: URL) throws(StorageError) {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/\(TemporaryFileName.make(for: url.lastPathComponent))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        var failure: StorageError?
        do throws(StorageError) {
            try writeAll(data, to: fd, path: path)
            if fsync(fd) != 0 { throw .cannotWrite(path: path, reason: systemReason()) }
        } catch {
            failure = error
        }
        if close(fd) != 0, failure == nil { failure = .cannotWrite(path: path, reason: systemReason()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, path) == 0 else {
            let reason = systemReason()
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        syncFolder(folder)
    }

    /// Creates a folder and its missing parents, each only for the owner (0700). A folder that
    /// is already there is left exactly as it is (the shared /tmp with its sticky bit, a folder
    /// a link points to): GPS sets the mode only of what it creates, by `mkdir` itself, and
    /// never calls `chmod`.
    public static func makeFolder(_ url: URL) throws(StorageError) {
        let path = url.standardizedFileURL.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotCreateFolder(path: path, reason: String(cString: strerror(ENOTDIR)))
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(URL(fileURLWithPath: parent, isDirectory: true)) }
        guard mkdir(path, 0o700) != 0 else { return }
        let reason = systemReason()
        // EEXIST: another gps made it a moment ago; it is left as that one made it.
        guard errno == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotCreateFolder(path: path, reason: reason)
        }
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws(StorageError) {
        var failure: StorageError?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .cannotWrite(path: path, reason: systemReason())
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
    }

    /// fsync(2) asks for this so the rename itself survives a power cut.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
