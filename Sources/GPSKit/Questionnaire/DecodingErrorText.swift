import Foundation

/// Turns a `DecodingError` into one line naming where in the JSON it went wrong. Never the
/// error's Swift type or Cocoa domain: those say nothing to her.
enum DecodingErrorText {
    static func describe(_ error: any Error) -> String {
        if let syntax = error as? JSONParser.SyntaxError { return location(syntax) }
        guard let error = error as? DecodingError else { return SystemReason.of(error) ?? "unreadable" }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.flatMap(detail).map { " (\($0))" } ?? ""
            return "\(path(context.codingPath)): \(context.debugDescription)\(underlying)"
        @unknown default:
            return "unreadable"
        }
    }

    /// Where the JSON itself broke, when the parser said so.
    private static func detail(_ underlying: any Error) -> String? {
        if let syntax = underlying as? JSONParser.SyntaxError { return location(syntax) }
        return (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    }

    private static func location(_ syntax: JSONParser.SyntaxError) -> String {
        "line \(syntax.line), column \(syntax.column)"
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        let parts = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
        return parts.isEmpty ? "(top)" : parts.joined().trimmingPrefix(".").description
    }
}
