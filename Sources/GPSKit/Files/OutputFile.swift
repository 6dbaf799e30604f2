import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A place `-o` may write, checked before anything is written: not in the data folder (a case
/// must never be overwritten by a record), not a folder, FIFO or device, and an existing file
/// or link only when she said `--overschrijf`. A link is then replaced itself, never followed.
public struct OutputFile: Sendable, Equatable {
    /// As she typed it, for messages.
    public let path: String
    /// Something is there now (a regular file or a link) that she agreed to replace.
    let replacing: Bool

    public static func check(_ path: String, overwrite: Bool, dataFolder: URL) throws(OutputFileError) -> OutputFile {
        let name = (path as NSString).lastPathComponent
        if path.hasSuffix("/") || name == "." || name == ".." { throw .namesAFolder(path: path) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let folder = (absolute as NSString).deletingLastPathComponent
        guard let realFolder = realPath(folder) else { throw .folderMissing(path: path, folder: folder) }
        let data = realPath(dataFolder.path) ?? dataFolder.standardizedFileURL.path
        let target = (realFolder as NSString).appendingPathComponent(name)
        if target == data || target.hasPrefix(data.hasSuffix("/") ? data : data + "/") {
            throw .insideDataFolder(path: path, folder: dataFolder.path)
        }
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return OutputFile(path: path, replacing: false) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .isAFolder(path: path)
        case S_IFIFO: throw .notARegularFile(path: path, kind: .fifo)
        case S_IFCHR, S_IFBLK: throw .notARegularFile(path: path, kind: .device)
        case S_IFSOCK: throw .notARegularFile(path: path, kind: .socket)
        default:
            guard overwrite else { throw .exists(path: path) }
            return OutputFile(path: path, replacing: true)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        var info = stat()
        let real = String(cString: resolved)
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return real
    }
}

/// Why `-o` will not write there.
public enum OutputFileError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case fifo, device, socket }

    /// Inside GPS's own data folder, where the cases are.
    case insideDataFolder(path: String, folder: String)
    /// The name itself names a folder (`nodir/`).
    case namesAFolder(path: String)
    case isAFolder(path: String)
    case notARegularFile(path: String, kind: Kind)
    case folderMissing(path: String, folder: String)
    /// Something is there and she did not say `--overschrijf`.
    case exists(path: String)
    case cannotWrite(path: String, reason: String)
}
