import Foundation

/// Decodes a rulebook file and turns a decoding failure into a `RulebookProblem` that names the
/// entry by its id ("provision org-meldprocedure") and the field by its path ("newNumber.confidence").
enum RulebookDecoding {
    static func decode(_ data: Data, file: String) throws -> Rulebook {
        do {
            return try JSONDecoder().decode(Rulebook.self, from: data)
        } catch let error as DecodingError {
            guard let problem = problem(for: error, in: data) else {
                throw RulebookError.unreadable(file: file, detail: DecodingErrorText.describe(error))
            }
            throw RulebookError.invalid(file: file, problems: [problem])
        }
    }

    private static func problem(for error: DecodingError, in data: Data) -> RulebookProblem? {
        switch error {
        case .keyNotFound(let key, let context):
            return locate(context.codingPath + [key], in: data, issue: "missing")
        case .valueNotFound(_, let context):
            return locate(context.codingPath, in: data, issue: "missing")
        case .typeMismatch(let type, let context):
            return locate(context.codingPath, in: data, issue: "not a \(type)")
        case .dataCorrupted(let context):
            // An empty path means the file is no JSON at all: no entry to name.
            guard !context.codingPath.isEmpty else { return nil }
            return locate(context.codingPath, in: data, issue: context.debugDescription)
        @unknown default:
            return nil
        }
    }

    /// "provisions[2].newNumber.value" becomes entry "provision <id of the third>", field
    /// "newNumber.value"; a top-level field is its own entry.
    private static func locate(_ path: [any CodingKey], in data: Data, issue: String) -> RulebookProblem {
        guard path.count >= 2, let index = path[1].intValue else {
            return RulebookProblem(entry: "rulebook", field: path.map(\.stringValue).joined(separator: "."), issue: issue)
        }
        let list = path[0].stringValue
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        let entries = object?[list] as? [[String: Any]]
        let id = entries.flatMap { index < $0.count ? $0[index]["id"] as? String : nil } ?? "#\(index + 1)"
        let field = path.dropFirst(2).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        return RulebookProblem(entry: "\(entryKind(list)) \(id)", field: field.isEmpty ? "id" : field, issue: issue)
    }

    private static func entryKind(_ list: String) -> String {
        switch list {
        case "provisions": "provision"
        case "misCitations": "misCitation"
        case "sources": "source"
        case "codes": "code"
        default: list
        }
    }
}
