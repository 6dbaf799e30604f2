import Foundation

/// Every sentence GPS says to a user, in Dutch and English, read from `Data/messages.json`.
public struct MessageTable: Sendable {
    public let language: Language
    private let entries: [String: LocalizedText]

    /// The table compiled into the binary. A test proves it decodes and has every key.
    public static func embedded(_ language: Language) -> MessageTable {
        MessageTable(language: language, entries: embeddedEntries)
    }

    public init(language: Language, entries: [String: LocalizedText]) {
        self.language = language
        self.entries = entries
    }

    /// The message in this table's language, with `{name}` placeholders filled in.
    public func callAsFunction(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        let template = entries[key.rawValue]?.text(in: language) ?? key.rawValue
        return Self.fill(template, with: arguments)
    }

    /// Fills placeholders in one pass, so a value that itself contains `{x}` stays as typed.
    static func fill(_ template: String, with arguments: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                let value = arguments[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    public func contains(_ key: MessageKey) -> Bool { entries[key.rawValue] != nil }

    public var keys: [String] { entries.keys.sorted() }

    static let embeddedPath = "Sources/GPSKit/Messages/Data/messages.json"

    /// Compiled from `Data/messages.json` by the embed plugin; a test proves it equals the
    /// decoded file.
    static var embeddedEntries: [String: LocalizedText] { EmbeddedMessages.table }

    static func decode(_ text: String) throws -> [String: LocalizedText] {
        try JSONDecoder().decode(MessageFile.self, from: Data(text.utf8)).messages
    }

    private struct MessageFile: Decodable {
        var messages: [String: LocalizedText]
    }
}
