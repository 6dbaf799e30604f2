import Foundation

/// Why a case could not be found, read or saved.
public enum CaseStoreError: Error, Sendable, Equatable {
    case notACaseID(String)
    case unknownCase(String, known: [CaseID])
    /// The file is not valid JSON or not a case; it is left as it is.
    case corrupt(path: String, detail: String)
    /// Written by a newer GPS; it is left as it is.
    case newerFormat(path: String, version: Int)
    /// The file's name says one case and its content another (a copied or renamed file); it is
    /// left as it is, and `gps lijst` marks it.
    case mismatchedID(path: String, fileName: CaseID, inside: CaseID)
    /// Another `gps` holds the case's lock; pid and start time as its lock file says.
    case locked(path: String, pid: Int?, since: Date?)
    case storage(StorageError)
}
