/// The language a user reads: Dutch first, English second.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl
    case en

    /// Picks the language from `--taal`, then `LC_ALL`, `LC_MESSAGES`, `LANG`; Dutch otherwise.
    public static func resolve(option: String?, environment: [String: String]) -> Language? {
        if let option { return Language(code: option) }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return Language(code: value) ?? .nl
        }
        return .nl
    }

    /// Accepts `nl`, `en`, `nl_BE.UTF-8`, `en-GB`, `nederlands`, `english`.
    public init?(code: String) {
        let lowered = code.lowercased()
        let prefix = lowered.prefix { $0.isLetter }
        switch prefix {
        case "nl", "nederlands", "dutch", "vlaams": self = .nl
        case "en", "english", "engels": self = .en
        default: return nil
        }
    }
}
