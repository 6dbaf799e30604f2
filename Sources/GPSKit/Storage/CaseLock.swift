import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on one case for as long as a command writes it: `flock` on `<id>.lock`
/// beside the case file. The case file itself is replaced by rename at every save, so locking
/// it would lock an inode that is gone after the first answer. The lock file holds who took the
/// lock and when, so a second process can say who is busy; the kernel drops the lock when the
/// holder exits, however it exits, so a stale file never blocks anyone.
///
/// Only `LockedCase` takes one: the lock is how a command gets a case it may write.
final class CaseLock: Sendable {
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock of an existing case, or throws `.locked` with the holder's pid and start time.
    static func acquire(_ id: CaseID, in store: CaseStore, now: Date) throws(CaseStoreError) -> CaseLock {
        let path = store.lockURL(for: id).path
        let fd: Int32
        do {
            fd = try NoFollowFile.openRegular(path, flags: O_RDWR | O_CREAT).fd
        } catch {
            throw .storage(error)
        }
        return try take(fd, path: path, now: now)
    }

    /// Reserves a new id: creates its lock file with O_CREAT|O_EXCL, so of two processes that drew
    /// the same id only one gets it. Nil when the id is taken (its lock file exists already).
    static func reserve(_ id: CaseID, in store: CaseStore, now: Date) throws(CaseStoreError) -> CaseLock? {
        let path = store.lockURL(for: id).path
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { return nil }
            throw .storage(.cannotWrite(path: path, reason: PrivateFile.systemReason()))
        }
        do {
            return try take(fd, path: path, now: now)
        } catch .locked {
            return nil
        }
    }

    /// Gives back a reservation nothing was saved under, so its id is free again. The file goes
    /// while the lock is still held, so no one can have taken it in between.
    func removeFile() {
        unlink(path)
    }

    private static func take(_ fd: Int32, path: String, now: Date) throws(CaseStoreError) -> CaseLock {
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
        since = fields["since"].flatMap { ISO8601Timestamp.date(from: String($0)) }
    }

    var text: String {
        "pid=\(pid.map(String.init) ?? "?")\nsince=\(since.map(ISO8601Timestamp.string) ?? "?")\n"
    }
}
