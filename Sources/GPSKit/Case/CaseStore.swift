import Foundation

/// The folder of case files: one private JSON file per case, saved atomically.
///
/// Reading needs nothing; writing needs the case's lock, so the only way to write is a
/// `LockedCase` from `open` (an existing case) or `create` (a new one).
public struct CaseStore: Sendable {
    public let folder: URL
    /// Told when a folder or case file is open to others; GPS leaves them as they are.
    let warn: @Sendable (StorageWarning) -> Void

    public init(folder: URL, warnings: @escaping @Sendable (StorageWarning) -> Void = { _ in }) {
        self.folder = folder
        warn = warnings
    }

    /// The store under GPS's data folder for this environment.
    public init(environment: [String: String], warnings: @escaping @Sendable (StorageWarning) -> Void = { _ in }) {
        self.init(
            folder: DataFolder.resolve(environment: environment).appending(path: "cases", directoryHint: .isDirectory),
            warnings: warnings)
    }

    public func url(for id: CaseID) -> URL {
        folder.appending(path: "\(id).json")
    }

    /// The lock file beside the case; not a `.json`, so `ids()` never lists it.
    public func lockURL(for id: CaseID) -> URL {
        folder.appending(path: "\(id).lock")
    }

    public func backupURL(for id: CaseID, version: Int) -> URL {
        CaseMigration.backupURL(for: url(for: id), version: version)
    }

    // MARK: - Reading

    /// Loads a case by the id she typed; an unknown id lists the ids that do exist.
    public func load(_ typed: String) throws(CaseStoreError) -> CaseFile {
        checkFolders()
        return try read(try Self.id(typed), typed: typed)
    }

    /// Every case id in the folder, oldest first. A listing starts here, so the folders are checked here too.
    public func ids() -> [CaseID] {
        checkFolders()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in
            name.hasSuffix(".json") ? CaseID(String(name.dropLast(5))) : nil
        }.sorted()
    }

    /// Every case that loads, and for each one that does not, why; a file whose content is
    /// another case fails with `.mismatchedID`.
    public func all() -> [Result<CaseFile, CaseStoreError>] {
        ids().map { id in Result { () throws(CaseStoreError) in try read(id, typed: id.rawValue) } }
    }

    /// Nil when the case read from the file named `fileName` is that case; otherwise why not,
    /// for a listing that reads case files its own way.
    public func mismatch(_ caseFile: CaseFile, readFrom fileName: CaseID) -> CaseStoreError? {
        caseFile.id == fileName ? nil : .mismatchedID(path: url(for: fileName).path, fileName: fileName, inside: caseFile.id)
    }

    /// The case file itself, never through a link, and only when its content is that case.
    func read(_ id: CaseID, typed: String) throws(CaseStoreError) -> CaseFile {
        let path = url(for: id).path
        guard NoFollowFile.kind(of: path) != nil else { throw .unknownCase(typed, known: ids()) }
        let file: (data: Data, mode: mode_t)
        do {
            file = try NoFollowFile.read(path)
        } catch {
            throw .storage(error)
        }
        if let warning = StorageWarning.forCaseFile(path, mode: Int(file.mode)) { warn(warning) }
        let caseFile = try CaseCoding.decode(file.data, path: path)
        if let mismatch = mismatch(caseFile, readFrom: id) { throw mismatch }
        return caseFile
    }

    static func id(_ typed: String) throws(CaseStoreError) -> CaseID {
        guard let id = CaseID(typed.spacesTrimmed) else { throw .notACaseID(typed) }
        return id
    }

    /// The data folder and the cases folder, each once per call: open to others is told, never changed.
    private func checkFolders() {
        for url in [folder.deletingLastPathComponent(), folder] {
            var info = stat()
            guard stat(url.path, &info) == 0 else { continue }
            if let warning = StorageWarning.forFolder(url.standardizedFileURL.path, mode: Int(info.st_mode & 0o7777)) {
                warn(warning)
            }
        }
    }

    // MARK: - Writing, only under the lock

    /// Locks an existing case for writing; `.locked` when another `gps` has it.
    public func open(_ typed: String, now: Date) throws(CaseStoreError) -> LockedCase {
        checkFolders()
        let id = try Self.id(typed)
        guard NoFollowFile.kind(of: url(for: id).path) != nil else { throw .unknownCase(typed, known: ids()) }
        return LockedCase(id: id, store: self, lock: try CaseLock.acquire(id, in: self, now: now), isNew: false)
    }

    /// Reserves a new id for `day` that no case uses and no other process holds, and locks it.
    /// Nothing is written until the first save.
    public func create(on day: CaseDay, now: Date, using generator: inout some RandomNumberGenerator)
        throws(CaseStoreError) -> LockedCase
    {
        do {
            try PrivateFile.makeFolder(folder.deletingLastPathComponent())
            try PrivateFile.makeFolder(folder)
        } catch {
            throw .storage(error)
        }
        checkFolders()
        // Tried one id at a time, never by listing the folder: a coach's thousands of cases
        // would make every new case slower.
        for length in 3...8 {
            for _ in 0..<20 {
                let id = CaseID.make(on: day, length: length, using: &generator)
                // A case from before lock files were reserved has its .json only.
                guard NoFollowFile.kind(of: url(for: id).path) == nil,
                    let lock = try CaseLock.reserve(id, in: self, now: now)
                else { continue }
                return LockedCase(id: id, store: self, lock: lock, isNew: true)
            }
        }
        throw .storage(.cannotWrite(path: folder.path, reason: "no free case id"))
    }

    /// Saves atomically. A case read from an older format is written in the current one, after
    /// the old file is kept beside it (once) as `<id>.v<old>.json.bak`. Internal: commands save
    /// through their `LockedCase`.
    func save(_ caseFile: CaseFile) throws(CaseStoreError) {
        var caseFile = caseFile
        do {
            try PrivateFile.makeFolder(folder.deletingLastPathComponent())
            try PrivateFile.makeFolder(folder)
            if caseFile.formatVersion < CaseFile.currentFormatVersion {
                try keepBackup(of: caseFile.id, version: caseFile.formatVersion)
                caseFile.formatVersion = CaseFile.currentFormatVersion
            }
            try PrivateFile.write(try CaseCoding.encode(caseFile), to: url(for: caseFile.id))
        } catch let error as StorageError {
            throw .storage(error)
        } catch {
            throw .storage(.cannotWrite(path: url(for: caseFile.id).path, reason: "\(error)"))
        }
    }

    private func keepBackup(of id: CaseID, version: Int) throws(StorageError) {
        let backup = backupURL(for: id, version: version)
        let original = url(for: id)
        guard NoFollowFile.kind(of: backup.path) == nil, NoFollowFile.kind(of: original.path) != nil else { return }
        try PrivateFile.write(try NoFollowFile.read(original.path).data, to: backup)
    }
}
