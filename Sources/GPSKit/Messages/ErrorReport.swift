import Foundation

/// Turns any error GPSKit throws into the sentence she reads and the exit status: the one
/// place where errors become text.
public struct ErrorReport: Sendable, Equatable {
    public var message: String
    public var status: ExitStatus

    public init(message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }

    public init(_ error: any Error, texts: MessageTable) {
        switch error {
        case let error as CaseStoreError: self = Self.describe(error, texts)
        case let error as StorageError: self = ErrorReport(message: Self.describe(error, texts), status: .ioError)
        case let error as QuestionnaireError:
            self = ErrorReport(
                message: error.problems.map { QuestionnaireProblemText.describe($0, texts) }.joined(separator: "\n"),
                status: .dataError)
        case let error as AnswersFileError:
            self = ErrorReport(
                message: texts(.answersFileInvalid, ["file": error.file]) + "\n"
                    + error.problems.map { "  - " + AnswersProblemText.describe($0, texts) }.joined(separator: "\n"),
                status: .dataError)
        case let error as RulebookError: self = RulebookErrorText.report(error, texts)
        case let error as IntervisionLimitReached:
            self = ErrorReport(
                message: texts(.intervisionSessionsFull, ["id": error.id.rawValue, "limit": String(error.limit)]),
                status: .failure)
        case let error as UnknownRouteError:
            self = ErrorReport(
                message: texts(.unknownRoute, ["route": error.route, "known": error.known.joined(separator: ", ")]),
                status: .dataError)
        case let error as InputFileError: self = ErrorReport(message: Self.describe(error, texts), status: .ioError)
        case let error as OutputFileError: self = OutputFileErrorText.report(error, texts)
        case let error as ArchiveError: self = ArchiveErrorText.report(error, texts)
        default:
            let message = SystemReason.of(error).map { texts(.unexpectedError, ["detail": $0]) } ?? texts(.unexpectedErrorNoDetail)
            self = ErrorReport(message: message, status: .failure)
        }
    }

    private static func describe(_ error: CaseStoreError, _ texts: MessageTable) -> ErrorReport {
        switch error {
        case .notACaseID(let typed):
            return ErrorReport(message: texts(.notACaseID, ["id": typed]), status: .failure)
        case .unknownCase(let typed, let known):
            let list = known.isEmpty ? texts(.noCasesYet) : texts(.knownCases, ["ids": known.map(\.rawValue).joined(separator: ", ")])
            return ErrorReport(message: texts(.unknownCase, ["id": typed]) + "\n" + list, status: .failure)
        case .corrupt(let path, let detail):
            return ErrorReport(message: texts(.corruptCase, ["file": path, "detail": detail]), status: .dataError)
        case .newerFormat(let path, let version):
            return ErrorReport(
                message: texts(.newerCaseFormat, [
                    "file": path, "version": String(version), "supported": String(CaseFile.currentFormatVersion),
                ]), status: .dataError)
        case .mismatchedID(let path, let name, let inside):
            return ErrorReport(
                message: texts(.mismatchedCaseID, ["file": path, "name": name.rawValue, "inside": inside.rawValue]),
                status: .dataError)
        case .locked(let path, let pid, let since):
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return ErrorReport(
                message: texts(.caseLocked, [
                    "id": id, "file": path, "pid": pid.map(String.init) ?? texts(.unknownValue),
                    "since": since.map { $0.formatted(.iso8601) } ?? texts(.unknownValue),
                ]), status: .locked)
        case .storage(let storage):
            return ErrorReport(message: describe(storage, texts), status: .ioError)
        }
    }

    private static func describe(_ error: InputFileError, _ texts: MessageTable) -> String {
        switch error {
        case .missing(let path): texts(.inputFileMissing, ["path": path])
        case .brokenLink(let path, let target): texts(.inputFileBrokenLink, ["path": path, "target": target])
        case .permission(let path): texts(.inputFilePermission, ["path": path])
        case .folder(let path): texts(.inputFileFolder, ["path": path])
        case .system(let path, let reason): texts(.cannotRead, ["path": path, "reason": reason])
        }
    }

    private static func describe(_ error: StorageError, _ texts: MessageTable) -> String {
        switch error {
        case .cannotCreateFolder(let path, let reason): texts(.cannotCreateFolder, ["path": path, "reason": reason])
        case .cannotWrite(let path, let reason): texts(.cannotWrite, ["path": path, "reason": reason])
        case .cannotRead(let path, let reason): texts(.cannotRead, ["path": path, "reason": reason])
        case .symbolicLink(let path): texts(.symbolicLinkRefused, ["path": path])
        case .notARegularFile(let path): texts(.notARegularFile, ["path": path])
        }
    }
}
