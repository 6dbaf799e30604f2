@testable import GPSKit

/// A console that answers with scripted lines, then end of input, and records all output.
final class ScriptedConsole: Console {
    private var lines: [String]
    private(set) var output = ""

    /// Stands in for her editor at `:e`: it gets the text and says what she saved.
    var editor: ((String) -> EditorOutcome)?
    private(set) var edited: [String] = []

    init(_ lines: [String]) {
        self.lines = lines
    }

    func edit(_ text: String) -> EditorOutcome {
        edited.append(text)
        return editor?(text) ?? .noEditor
    }

    func nextLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    func write(_ text: String) {
        output += text
    }

    var unreadLines: Int { lines.count }
}

/// Collects every case the session saves, standing in for the case store.
final class SaveRecorder {
    private(set) var saves: [CaseFile] = []

    func save(_ caseFile: CaseFile) throws(CaseStoreError) {
        saves.append(caseFile)
    }

    var last: CaseFile? { saves.last }
}
