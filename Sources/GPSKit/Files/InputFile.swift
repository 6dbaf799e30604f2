import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// A file she names for GPS to read (`--antwoorden`, `--regelboek`, `--zoek`): a regular file,
/// or a pipe (`<(…)`) or device read to its end, as `cat` would. When it cannot be read, the
/// error says why in her words: a folder, a link to nothing, no permission.
public enum InputFile {
    /// A regular file whole, so the caller can say how large it is; from a pipe or device at most
    /// `limit + 1` bytes, enough to tell that it is larger than the limit (`/dev/zero` never
    /// ends). With `mapped`, a regular file is mapped instead of copied, however large.
    public static func read(_ path: String, limit: Int, mapped: Bool = false) throws(InputFileError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .folder(path: path) }
        if mapped, info.st_mode & S_IFMT == S_IFREG, let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) {
            return data
        }
        return try readAll(fd, path: path, limit: info.st_mode & S_IFMT == S_IFREG ? .max - 1 : limit)
    }

    /// Standard input to its end (`--zoek -`); `name` stands for it in messages.
    public static func readStandardInput(limit: Int, name: String) throws(InputFileError) -> Data {
        var info = stat()
        if fstat(STDIN_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw .folder(path: name) }
        return try readAll(STDIN_FILENO, path: name, limit: limit)
    }

    private static func readAll(_ fd: Int32, path: String, limit: Int) throws(InputFileError) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= limit {
            let count = systemRead(fd, &buffer, min(buffer.count, limit + 1 - data.count))
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno: errno)
            }
            data.append(buffer, count: count)
        }
        return data
    }

    private static func failure(_ path: String, errno code: Int32) -> InputFileError {
        switch code {
        case ENOENT:
            var link = stat()
            guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return .missing(path: path) }
            return .brokenLink(path: path, target: linkTarget(path) ?? "?")
        case EACCES, EPERM: return .permission(path: path)
        case EISDIR: return .folder(path: path)
        default: return .system(path: path, reason: String(cString: strerror(code)))
        }
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why a file she named could not be read.
public enum InputFileError: Error, Sendable, Equatable {
    case missing(path: String)
    /// A symbolic link whose target does not exist.
    case brokenLink(path: String, target: String)
    case permission(path: String)
    case folder(path: String)
    /// Any other failure, with the system's words.
    case system(path: String, reason: String)
}
