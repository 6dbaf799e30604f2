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
        let temporary = "\(folder)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
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

    /// Creates a folder (and its parents) that only the owner may enter (0700).
    public static func makeFolder(_ url: URL) throws(StorageError) {
        // A folder that was already there is someone's own (the shared /tmp, with its sticky
        // bit): GPS never changes its mode.
        var existing = stat()
        if stat(url.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFDIR { return }
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateFolder(path: url.path, reason: error.localizedDescription)
        }
        // Closes the new folder to others (whatever the umask left), never adding rights.
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw .cannotCreateFolder(path: url.path, reason: systemReason()) }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 != 0 else { return }
        guard chmod(url.path, mode & 0o700) == 0 else {
            throw .cannotCreateFolder(path: url.path, reason: systemReason())
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
