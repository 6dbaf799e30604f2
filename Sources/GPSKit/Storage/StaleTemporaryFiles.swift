import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes temporary files a killed save left behind (they hold case content): those older
/// than a day whose writer is gone. A younger one may belong to a save still under way on a slow
/// disk, and a pid that still runs may be its writer, so both stay.
enum StaleTemporaryFiles {
    static let minimumAge: TimeInterval = 86_400

    static func remove(in folder: String, now: Date) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let pid = TemporaryFileName.pid(in: name), !isRunning(pid) else { continue }
            let path = "\(folder)/\(name)"
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            #if canImport(Darwin)
                let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtimespec.tv_sec))
            #else
                let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
            #endif
            if now.timeIntervalSince(modified) > minimumAge { unlink(path) }
        }
    }

    /// `kill(pid, 0)` fails with ESRCH only when no such process exists; EPERM means it runs
    /// under another user.
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
