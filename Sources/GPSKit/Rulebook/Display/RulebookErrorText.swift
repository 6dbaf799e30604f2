/// A rulebook that could not be loaded, as she reads it: the file, then each entry and field.
enum RulebookErrorText {
    static func report(_ error: RulebookError, _ texts: MessageTable) -> ErrorReport {
        switch error {
        case .notEmbedded(let path):
            return ErrorReport(message: texts(.unexpectedError, ["detail": "missing \(path)"]), status: .failure)
        case .unreadable(let file, let detail):
            return ErrorReport(message: texts(.lawRulebookUnreadable, ["file": file, "detail": detail]), status: .dataError)
        case .invalid(let file, let problems):
            let lines = problems.map { problem in
                "  - " + texts(.lawRulebookProblem, ["entry": problem.entry, "field": problem.field, "issue": problem.issue])
            }
            return ErrorReport(message: ([texts(.lawRulebookInvalid, ["file": file])] + lines).joined(separator: "\n"), status: .dataError)
        }
    }
}
