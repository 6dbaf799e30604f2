import Foundation

extension ArchiveRepository {
    /// `gps archief haal`: the colleagues' new records (`git pull --rebase`), then her own
    /// commits that were kept while the archive was out of reach.
    public func pull() throws(ArchiveError) -> PullOutcome {
        try ensureClone()
        let before = recordCount()
        if case .unreachable(let detail) = try pullRebase(branch: try branch()) {
            throw .unreachable(remote: (try? connectedLocation()) ?? "origin", detail: detail)
        }
        let after = recordCount()
        return PullOutcome(records: after, newRecords: max(0, after - before), push: try pushPending())
    }

    /// The records in the clone, counted by their summaries.
    func recordCount() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: places.records.path)) ?? []).filter { $0.hasSuffix(".json") }.count
    }

    /// The search index, rebuilt when the clone moved on since it was made.
    public func index() throws(ArchiveError) -> ArchiveIndex {
        try ensureClone()
        let stamp = try head() + ":" + Self.changeStamp(of: places.records)
        if let index = ArchiveIndex.load(from: places.index, stamp: stamp) { return index }
        let index = ArchiveIndex.build(records: places.records, stamp: stamp, reusing: ArchiveIndex.loadStale(from: places.index))
        // An index that cannot be kept is only slower next time.
        try? index.save(to: places.index)
        return index
    }

    /// `gps archief toon AID`: the record's Markdown.
    public func record(_ typed: String) throws(ArchiveError) -> String {
        let archiveID = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard ArchiveID.isValid(archiveID) else { throw .notAnArchiveID(typed) }
        try ensureClone()
        guard let data = try? NoFollowFile.read(places.markdown(archiveID).path).data else { throw .unknownRecord(typed) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The folder's change time to the nanosecond: it moves whenever a file is added, removed
    /// or replaced in it, as git and `PrivateFile` both do.
    static func changeStamp(of folder: URL) -> String {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return "missing" }
        #if canImport(Darwin)
            return "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
            return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
    }
}
