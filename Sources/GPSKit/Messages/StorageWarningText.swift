/// A storage warning as the line she reads, with the command to run copied as she can paste it.
public enum StorageWarningText {
    public static func describe(_ warning: StorageWarning, _ texts: MessageTable) -> String {
        switch warning {
        case .folderOpenToOthers(let path, let mode):
            texts(.folderOpenToOthers, ["path": path, "mode": octal(mode), "quoted": shellWord(path)])
        case .sharedFolder(let path, let mode):
            texts(.sharedFolder, ["path": path, "mode": octal(mode)])
        case .caseFileOpenToOthers(let path, let mode):
            texts(.caseFileOpenToOthers, ["path": path, "mode": octal(mode), "quoted": shellWord(path)])
        }
    }

    static func octal(_ mode: Int) -> String {
        String(mode, radix: 8)
    }

    /// The path as is when the shell reads it so, else in single quotes.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+,:@%".unicodeScalars.contains(scalar))
        }
        return plain && !path.isEmpty ? path : CompletionScript.singleQuoted(path)
    }
}
