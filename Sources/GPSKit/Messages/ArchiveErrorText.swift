/// The sentences and exit statuses of `ArchiveError`: 1 when GPS refuses or she has to do
/// something first, 74 when git or the archive fails.
public enum ArchiveErrorText {
    static func report(_ error: ArchiveError, _ texts: MessageTable) -> ErrorReport {
        switch error {
        case .gitMissing: ErrorReport(message: texts(.archiveGitMissing), status: .ioError)
        case .notConnected: ErrorReport(message: texts(.archiveNotConnected), status: .failure)
        case .noIdentity: ErrorReport(message: texts(.archiveNoIdentity), status: .failure)
        case .otherArchive(let folder, let remote):
            ErrorReport(message: texts(.archiveOtherArchive, ["folder": folder, "remote": remote]), status: .failure)
        case .unreachable(let remote, let detail):
            ErrorReport(message: texts(.archiveUnreachable, ["remote": remote, "detail": clause(detail)]), status: .ioError)
        case .gitFailed(let step, let detail):
            ErrorReport(message: texts(.archiveGitFailed, ["step": step, "detail": detail]), status: .ioError)
        case .conflict(let detail): ErrorReport(message: texts(.archiveConflict, ["detail": clause(detail)]), status: .failure)
        case .notAnonymous(let leaks):
            ErrorReport(message: leakLines(leaks, texts).joined(separator: "\n"), status: .failure)
        case .unknownRecord(let id): ErrorReport(message: texts(.archiveUnknownRecord, ["id": id]), status: .failure)
        case .notAnArchiveID(let id): ErrorReport(message: texts(.archiveNotAnID, ["id": id]), status: .failure)
        case .config(let path, let reason):
            ErrorReport(message: texts(.archiveConfigProblem, ["path": path, "reason": reason]), status: .ioError)
        }
    }

    /// Git's sentence inside one of ours: without its own full stop.
    public static func clause(_ detail: String) -> String {
        detail.hasSuffix(".") ? String(detail.dropLast()) : detail
    }

    /// One line per leak: `het verslag, regel 42: telefoonnummer „04…56” (in je casus: feiten #3)`.
    static func leakLines(_ leaks: [ArchiveLeak], _ texts: MessageTable) -> [String] {
        leaks.map { leak in
            let file = texts(leak.file == .record ? .archiveFileRecord : .archiveFileSummary)
            switch leak.kind {
            case .name:
                let values = ["file": file, "line": String(leak.line), "name": leak.hint]
                guard let location = leak.caseLocation else { return texts(.archiveLeakName, values) }
                return texts(.archiveLeakNameAt, values.merging(["where": location]) { $1 })
            case .identifier(let kind):
                var values = ["file": file, "line": String(leak.line), "kind": texts(kind.name), "hint": leak.hint]
                guard let location = leak.caseLocation else { return texts(.archiveLeakIdentifier, values) }
                values["where"] = location
                return texts(.archiveLeakIdentifierAt, values)
            }
        }
    }

    /// The refusal of `gps archief deel`, with every leak on its own indented line.
    public static func refusal(_ leaks: [ArchiveLeak], caseID: String, _ texts: MessageTable) -> String {
        ([texts(.archiveRefused, ["count": String(leaks.count), "id": caseID])] + leakLines(leaks, texts).map { "  " + $0 })
            .joined(separator: "\n")
    }
}
