@testable import GPSKit

/// Editing a parsed JSON document in tests, to prove a schema rejects the edit.
extension JSONValue {
    /// Replaces the value at a JSON pointer such as "/title/en", or removes it when `newValue` is nil.
    /// Every container on the way must exist.
    mutating func set(_ pointer: String, to newValue: JSONValue?) {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        set(tokens.map { JSONSchemaValidator.unescape(String($0)) }[...], to: newValue)
    }

    private mutating func set(_ tokens: ArraySlice<String>, to newValue: JSONValue?) {
        guard let token = tokens.first else {
            self = newValue ?? .null
            return
        }
        let rest = tokens.dropFirst()
        switch self {
        case .object(var members):
            if rest.isEmpty { members[token] = newValue } else { members[token]!.set(rest, to: newValue) }
            self = .object(members)
        case .array(var items):
            let index = Int(token)!
            if !rest.isEmpty { items[index].set(rest, to: newValue) }
            else if let newValue { items[index] = newValue } else { items.remove(at: index) }
            self = .array(items)
        default:
            preconditionFailure("no object or array at \(token)")
        }
    }
}
