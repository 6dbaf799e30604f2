import Foundation
import Testing

/// Compares output with a golden file in the repository, byte for byte (CRLF aside).
/// `GPS_UPDATE_GOLDEN=1 swift test` rewrites the file and still fails once, so a rewrite is
/// always noticed and its diff read.
enum Golden {
    static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = PackageRoot.file(relativePath)
        if ProcessInfo.processInfo.environment["GPS_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("rewrote \(relativePath); read `git diff` and run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(relativePath) (\(savedCopy(of: actual, for: relativePath)))", sourceLocation: sourceLocation)
            return
        }
        let normalised = expected.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalised != actual else { return }
        Issue.record(
            "\(relativePath) differs:\n\(firstDifference(normalised, actual))\nactual output: \(savedCopy(of: actual, for: relativePath))",
            sourceLocation: sourceLocation)
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<end>"
            let right = index < b.count ? b[index] : "<end>"
            if left != right { return "line \(index + 1):\n- \(left)\n+ \(right)" }
        }
        return "(same lines)"
    }

    private static func savedCopy(of actual: String, for relativePath: String) -> String {
        let url = FileManager.default.temporaryDirectory.appending(path: "gps-golden-actual/" + relativePath)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        return url.path
    }
}
