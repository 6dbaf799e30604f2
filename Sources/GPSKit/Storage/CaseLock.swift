import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on one case for as long as a wizard works on it: `flock` on `<id>.lock`
/// beside the case file. The case file itself is replaced by rename at every save, so locking
/// it would lock an inode that is gone after the first answer. The lock file holds who took the
/// lock and when, so a second process can say who is busy; the kernel drops the lock when the
/// holder exits, however it exits, so a stale file never blocks anyone.
public final class CaseLock: Sendable {
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock or throws `.locked` with the holder's pid and start time.
    public static func acquire(_ id: CaseID, in store: CaseStore, now: Date) throws(CaseStoreError) -> CaseLock {
        do {
            try PrivateFile.makeFolder(store.folder.deletingLastPathComponent())
            try PrivateFile.makeFolder(store.folder)
        } catch {
            throw .storage(error)
        }
        let path = store.lockURL(for: id).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .storage(.cannotWrite(path: path, reason: PrivateFile.systemReason())) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = PrivateFile.systemReason()
            let holder = busy ? LockHolder(parsing: readAll(fd)) : nil
            close(fd)
            if let holder { throw .locked(path: path, pid: holder.pid, since: holder.since) }
            throw .storage(.cannotWrite(path: path, reason: reason))
        }
        let holder = LockHolder(pid: Int(getpid()), since: now).text
        if ftruncate(fd, 0) != 0 || pwrite(fd, holder, holder.utf8.count, 0) != holder.utf8.count {
            let reason = PrivateFile.systemReason()
            close(fd)
            throw .storage(.cannotWrite(path: path, reason: reason))
        }
        return CaseLock(path: path, descriptor: fd)
    }

    private static func readAll(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(fd, &buffer, buffer.count, 0)
        return String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
    }
}

/// What a lock file says: `pid=123` and `since=2026-11-23T09:00:00Z`, one per line.
struct LockHolder: Equatable {
    var pid: Int?
    var since: Date?

    init(pid: Int?, since: Date?) {
        self.pid = pid
        self.since = since
    }

    init(parsing text: String) {
        var fields: [Substring: Substring] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        pid = fields["pid"].flatMap { Int($0) }
        since = fields["since"].flatMap { try? Date(String($0), strategy: .iso8601) }
    }

    var text: String {
        "pid=\(pid.map(String.init) ?? "?")\nsince=\(since.map { $0.formatted(.iso8601) } ?? "?")\n"
    }
}
