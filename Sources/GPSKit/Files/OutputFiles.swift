import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writes checked `OutputFile`s together: all of them, or none. Each is private (0600). A new
/// file is created where it goes (`O_EXCL`: nothing that appeared since the check is replaced);
/// a file she agreed to replace is written beside it first and renamed over it at the end.
public enum OutputFiles {
    public static func write(_ files: [(file: OutputFile, data: Data)]) throws(OutputFileError) {
        var created: [String] = []
        var pending: [(temporary: String, target: String)] = []
        do throws(OutputFileError) {
            for (file, data) in files {
                let target = URL(fileURLWithPath: file.path).standardizedFileURL.path
                let written = file.replacing ? temporaryName(beside: target) : target
                let fd = open(written, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                guard fd >= 0 else {
                    if errno == EEXIST, !file.replacing { throw .exists(path: file.path) }
                    throw .cannotWrite(path: file.path, reason: String(cString: strerror(errno)))
                }
                created.append(written)
                if file.replacing { pending.append((written, target)) }
                let failure = writeAll(data, to: fd)
                let closed = close(fd) == 0 ? nil : errno
                if let code = failure ?? closed { throw .cannotWrite(path: file.path, reason: String(cString: strerror(code))) }
            }
            for (temporary, target) in pending {
                guard rename(temporary, target) == 0 else {
                    throw .cannotWrite(path: target, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            for path in created { unlink(path) }
            throw error
        }
    }

    private static func temporaryName(beside target: String) -> String {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        return "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Nil when every byte is written and synced, else the errno.
    private static func writeAll(_ data: Data, to fd: Int32) -> Int32? {
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        return failure
    }
}
