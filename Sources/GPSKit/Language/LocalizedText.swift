/// A text a user reads, in Dutch and in English.
public struct LocalizedText: Codable, Sendable, Equatable, Hashable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
