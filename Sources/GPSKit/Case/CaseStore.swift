import Foundation

/// The folder of case files: one private JSON file per case, saved atomically.
public struct CaseStore: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The store under GPS's data folder for this environment.
    public init(environment: [String: String]) {
        folder = DataFolder.resolve(environment: environment).appending(path: "cases", directoryHint: .isDirectory)
    }

    public func url(for id: CaseID) -> URL {
        folder.appending(path: "\(id).json")
    }

    /// The lock file beside the case; not a `.json`, so `ids()` never lists it.
    public func lockURL(for id: CaseID) -> URL {
        folder.appending(path: "\(id).lock")
    }

    /// Saves atomically. A case read from an older format is written in the current one, after
    /// the old file is kept beside it (once) as `<id>.v<old>.json.bak`.
    public func save(_ caseFile: CaseFile) throws(CaseStoreError) {
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

    public func backupURL(for id: CaseID, version: Int) -> URL {
        CaseMigration.backupURL(for: url(for: id), version: version)
    }

    private func keepBackup(of id: CaseID, version: Int) throws(StorageError) {
        let backup = backupURL(for: id, version: version)
        let original = url(for: id)
        guard !FileManager.default.fileExists(atPath: backup.path),
            FileManager.default.fileExists(atPath: original.path)
        else { return }
        let bytes: Data
        do {
            bytes = try Data(contentsOf: original)
        } catch {
            throw .cannotRead(path: original.path, reason: error.localizedDescription)
        }
        try PrivateFile.write(bytes, to: backup)
    }

    /// Loads a case by the id she typed; an unknown id lists the ids that do exist.
    public func load(_ typed: String) throws(CaseStoreError) -> CaseFile {
        guard let id = CaseID(typed.trimmingCharacters(in: .whitespaces)) else {
            throw .notACaseID(typed)
        }
        let url = url(for: id)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .unknownCase(typed, known: ids())
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .storage(.cannotRead(path: url.path, reason: error.localizedDescription))
        }
        return try CaseCoding.decode(data, path: url.path)
    }

    /// Every case id in the folder, oldest first.
    public func ids() -> [CaseID] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in
            name.hasSuffix(".json") ? CaseID(String(name.dropLast(5))) : nil
        }.sorted()
    }

    /// Every case that loads, and for each one that does not, why.
    public func all() -> [Result<CaseFile, CaseStoreError>] {
        ids().map { id in Result { () throws(CaseStoreError) in try load(id.rawValue) } }
    }

    /// A new id for `day` that no case uses yet.
    public func freshID(on day: CaseDay, using generator: inout some RandomNumberGenerator) -> CaseID {
        let taken = Set(ids())
        for length in 3...8 {
            for _ in 0..<20 {
                let id = CaseID.make(on: day, length: length, using: &generator)
                if !taken.contains(id) { return id }
            }
        }
        return CaseID.make(on: day, length: 8, using: &generator)
    }
}
