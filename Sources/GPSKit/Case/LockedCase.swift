import Foundation

/// A case this process holds the lock on: the only way to write a case. `CaseStore.open` locks
/// an existing case and `CaseStore.create` reserves a new id; either way the lock is held until
/// this object goes, so a second writer (`verder`, `intervisie`, any later command) stops with
/// `.locked` before it writes anything.
public final class LockedCase {
    public let id: CaseID
    private let store: CaseStore
    private let lock: CaseLock
    private let isNew: Bool
    private var saved = false

    init(id: CaseID, store: CaseStore, lock: CaseLock, isNew: Bool) {
        self.id = id
        self.store = store
        self.lock = lock
        self.isNew = isNew
    }

    deinit {
        if isNew, !saved { lock.removeFile() }
    }

    /// The case as it is on disk now, read under the lock.
    public func load() throws(CaseStoreError) -> CaseFile {
        try store.read(id, typed: id.rawValue)
    }

    /// Saves atomically. The first save also clears temporary files that killed saves left.
    public func save(_ caseFile: CaseFile) throws(CaseStoreError) {
        guard caseFile.id == id else {
            throw .mismatchedID(path: store.url(for: id).path, fileName: id, inside: caseFile.id)
        }
        if !saved { StaleTemporaryFiles.remove(in: store.folder.path, now: Date()) }
        try store.save(caseFile)
        saved = true
    }
}
