/// Why `-o` wrote nothing, and the status: a name that cannot be right is a usage error (64), a
/// file she did not agree to replace a refusal (1), the rest a file problem (74).
enum OutputFileErrorText {
    static func report(_ error: OutputFileError, _ texts: MessageTable) -> ErrorReport {
        switch error {
        case .insideDataFolder(let path, let folder):
            ErrorReport(message: texts(.outputInsideDataFolder, ["path": path, "folder": folder]), status: .usage)
        case .namesAFolder(let path): ErrorReport(message: texts(.outputNamesAFolder, ["path": path]), status: .usage)
        case .exists(let path): ErrorReport(message: texts(.outputExists, ["path": path]), status: .failure)
        case .isAFolder(let path): ErrorReport(message: texts(.outputIsAFolder, ["path": path]), status: .ioError)
        case .notARegularFile(let path, .fifo): ErrorReport(message: texts(.outputIsAFIFO, ["path": path]), status: .ioError)
        case .notARegularFile(let path, .device): ErrorReport(message: texts(.outputIsADevice, ["path": path]), status: .ioError)
        case .notARegularFile(let path, .socket): ErrorReport(message: texts(.outputIsASocket, ["path": path]), status: .ioError)
        case .folderMissing(_, let folder): ErrorReport(message: texts(.outputFolderMissing, ["folder": folder]), status: .ioError)
        case .cannotWrite(let path, let reason):
            ErrorReport(message: texts(.outputNotWritten, ["path": path, "reason": reason]), status: .ioError)
        }
    }
}
