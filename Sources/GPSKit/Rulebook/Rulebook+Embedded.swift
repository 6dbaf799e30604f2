import Foundation

extension Rulebook {
    static let embeddedPath = "Sources/GPSKit/Rulebook/Data/rulebook.json"

    /// The rulebook compiled into the binary. Tests prove it decodes, follows its schema and
    /// passes `RulebookValidator`, so a failure here is a build defect.
    public static func embedded() throws -> Rulebook {
        try embeddedResult.get()
    }

    private static let embeddedResult: Result<Rulebook, any Error> = Result {
        guard let text = EmbeddedData.text(at: embeddedPath) else { throw RulebookError.notEmbedded(embeddedPath) }
        return try decode(text, file: embeddedPath)
    }

    /// Decodes a rulebook file; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws -> Rulebook {
        do {
            return try JSONDecoder().decode(Rulebook.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw RulebookError.unreadable(file: file, detail: String(describing: error))
        }
    }
}

/// Why a rulebook could not be loaded.
public enum RulebookError: Error, Equatable {
    case notEmbedded(String)
    case unreadable(file: String, detail: String)
    case invalid(file: String, problems: [RulebookProblem])
}

extension Rulebook {
    /// The embedded rulebook's `builtOn` date, read without decoding the whole file, so that
    /// `gps --version` stays as quick as the rest of start-up.
    public static var embeddedBuildDate: String? {
        guard let text = EmbeddedData.text(at: embeddedPath),
            let key = text.range(of: #""builtOn""#),
            let open = text[key.upperBound...].firstIndex(of: "\""),
            let close = text[text.index(after: open)...].firstIndex(of: "\"")
        else { return nil }
        return String(text[text.index(after: open)..<close])
    }
}
