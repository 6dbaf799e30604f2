import Foundation

extension Rulebook {
    static let embeddedPath = "Sources/GPSKit/Rulebook/Data/rulebook.json"

    /// The rulebook compiled into the binary, as Swift values generated from its JSON file (no
    /// decoding at start-up). Tests prove the file decodes, follows its schema, passes
    /// `RulebookValidator` and gives exactly these values.
    public static func embedded() throws -> Rulebook {
        EmbeddedValues.rulebook
    }

    /// Decodes a rulebook file; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws -> Rulebook {
        do {
            return try JSONValueDecoder().decode(Rulebook.self, from: text)
        } catch let error as DecodingError {
            throw RulebookError.unreadable(file: file, detail: DecodingErrorText.describe(error))
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
    /// The embedded rulebook's status date (the day its law was last checked, the date every other
    /// output shows), read without decoding the whole file, so that `gps --version` stays as quick
    /// as the rest of start-up.
    public static var embeddedStatusDate: String? {
        guard let text = EmbeddedData.text(at: embeddedPath) else { return nil }
        let bytes = Array(text.utf8.prefix(2_000))
        let key = Array(#""statusDate""#.utf8)
        guard let start = (0...(bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) }),
            let open = bytes[(start + key.count)...].firstIndex(of: UInt8(ascii: "\"")),
            let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
    }
}
