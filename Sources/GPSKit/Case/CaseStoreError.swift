/// Why a case could not be found, read or saved.
public enum CaseStoreError: Error, Sendable, Equatable {
    case notACaseID(String)
    case unknownCase(String, known: [CaseID])
    /// The file is not valid JSON or not a case; it is left as it is.
    case corrupt(path: String, detail: String)
    /// Written by a newer GPS; it is left as it is.
    case newerFormat(path: String, version: Int)
    case storage(StorageError)
}
