import Foundation

extension ArchiveRepository {
    public enum ConnectOutcome: Sendable, Equatable {
        /// Cloned an archive that already existed.
        case cloned(location: String)
        /// Made a new, empty archive at a folder, then cloned it.
        case created(location: String)
        /// Her clone already follows this archive.
        case alreadyConnected(location: String)
    }

    /// `gps archief koppel PAD|URL`: an empty or missing folder becomes a new bare repository;
    /// then it is cloned into the data folder and remembered in her config file. A relative
    /// folder is taken from `workingDirectory`.
    public func connect(_ typed: String, workingDirectory: URL) throws(ArchiveError) -> ConnectOutcome {
        var location = typed
        var created = false
        if Self.isLocalPath(typed) {
            let path = typed.hasPrefix("file://") ? String(typed.dropFirst(7)) : typed
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appending(path: path)
            location = url.standardizedFileURL.path
            if Self.isEmptyOrMissing(location) {
                // Group-writable whatever the umask, so every colleague in the folder's group can push.
                let result = try git.run(["init", "--quiet", "--bare", "--shared=group", "--initial-branch=main", location], in: nil)
                guard result.succeeded else { throw .gitFailed(step: "init", detail: Self.detail(result)) }
                created = true
            }
        }
        if isCloned {
            let origin = try run(["remote", "get-url", "origin"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            guard origin == location else { throw .otherArchive(folder: places.clone.path, remote: origin) }
            try remember(location)
            return .alreadyConnected(location: location)
        }
        try clone(location)
        try remember(location)
        return created ? .created(location: location) : .cloned(location: location)
    }

    /// The archive she connected, from her config file.
    public func connectedLocation() throws(ArchiveError) -> String? {
        try KeyValueFile.load(from: places.config)[ArchivePlaces.archiveKey].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The clone, made again from her config when it went missing (a new laptop, a cleaned
    /// data folder); `.notConnected` before any `koppel`.
    public func ensureClone() throws(ArchiveError) {
        guard !isCloned else { return }
        guard let location = try connectedLocation() else { throw .notConnected }
        try clone(location)
    }

    private func clone(_ location: String) throws(ArchiveError) {
        do {
            try PrivateFile.makeFolder(places.clone.deletingLastPathComponent())
        } catch {
            throw .gitFailed(step: "clone", detail: places.clone.deletingLastPathComponent().path)
        }
        if FileManager.default.fileExists(atPath: places.clone.path), !Self.isEmptyOrMissing(places.clone.path) {
            throw .otherArchive(folder: places.clone.path, remote: "")
        }
        let result = try git.run(["clone", "--quiet", location, places.clone.path], in: nil)
        guard result.succeeded else {
            try? FileManager.default.removeItem(at: places.clone)
            if Self.isUnreachable(result) { throw .unreachable(remote: location, detail: Self.detail(result)) }
            throw .gitFailed(step: "clone", detail: Self.detail(result))
        }
    }

    private func remember(_ location: String) throws(ArchiveError) {
        var config = try KeyValueFile.load(from: places.config)
        guard config[ArchivePlaces.archiveKey] != location else { return }
        config[ArchivePlaces.archiveKey] = location
        try config.save(to: places.config)
    }

    static func isEmptyOrMissing(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return true }
        return isFolder.boolValue && ((try? FileManager.default.contentsOfDirectory(atPath: path).isEmpty) ?? false)
    }
}
