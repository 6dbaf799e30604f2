import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Opens GPS's own files (case and lock files) with O_NOFOLLOW: a symbolic link put in their
/// place is refused, never followed, so nothing outside the data folder is read, truncated or
/// created. Anything but a regular file is refused too; O_NONBLOCK keeps a FIFO from hanging
/// the open before that check.
enum NoFollowFile {
    /// A descriptor on a regular file and what `fstat` says of it; the caller closes it.
    static func openRegular(_ path: String, flags: Int32, mode: mode_t = 0o600) throws(StorageError) -> (fd: Int32, info: stat) {
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let error = errno
            var link = stat()
            if error == ELOOP, lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK { throw .symbolicLink(path: path) }
            let reason = String(cString: strerror(error))
            throw flags & (O_WRONLY | O_RDWR) != 0 ? .cannotWrite(path: path, reason: reason) : .cannotRead(path: path, reason: reason)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notARegularFile(path: path)
        }
        return (fd, info)
    }

    /// The whole file and its permission bits.
    static func read(_ path: String) throws(StorageError) -> (data: Data, mode: mode_t) {
        let (fd, info) = try openRegular(path, flags: O_RDONLY)
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = systemRead(fd, &buffer, buffer.count)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: PrivateFile.systemReason())
            }
            data.append(buffer, count: count)
        }
        return (data, info.st_mode & 0o7777)
    }

    /// What is at `path` itself, a link not followed; nil when nothing is.
    static func kind(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }
}
