import Foundation

/// Writes a value as the Swift expression that builds it again, read through `Mirror`: a struct as
/// its memberwise initialiser, an enum as its case, collections as literals. It is how the data
/// files become `EmbeddedValues+Generated.swift`, so start-up builds the rulebook and the routes
/// instead of decoding them.
///
/// Every type must keep its memberwise initialiser (a custom `init(from:)` lives in an extension),
/// and a dictionary's entries come out sorted, so the same data always gives the same text.
struct SwiftValueSource {
    private(set) var indentWidth = 4

    func expression(_ value: Any, depth: Int = 0) -> String {
        let mirror = Mirror(reflecting: value)
        switch value {
        case let text as String: return Self.literal(text)
        case let flag as Bool: return flag ? "true" : "false"
        case let number as Int: return String(number)
        case let number as Double: return "\(number)"
        default: break
        }
        let type = Self.typeName(of: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return "nil" }
            return expression(wrapped, depth: depth)
        case .collection, .set:
            let elements = mirror.children.map { expression($0.value, depth: depth + 1) }
            let sorted = mirror.displayStyle == .set ? elements.sorted() : elements
            return list(sorted, open: "\(type)([", close: "])", depth: depth)
        case .dictionary:
            let entries = mirror.children.map { child -> (key: String, value: String) in
                let pair = Array(Mirror(reflecting: child.value).children)
                return (expression(pair[0].value, depth: depth + 1), expression(pair[1].value, depth: depth + 1))
            }
            let sorted = entries.sorted { $0.key < $1.key }.map { "(\($0.key), \($0.value))" }
            return sorted.isEmpty ? "\(type)()" : list(sorted, open: "\(type)(dictionaryLiteral:", close: ")", depth: depth)
        case .enum:
            guard let payload = mirror.children.first else { return "\(type).\(value)" }
            let label = payload.label ?? "\(value)"
            return "\(type).\(label)(\(expression(payload.value, depth: depth)))"
        case .struct:
            let arguments = mirror.children.map { child in
                "\(child.label ?? "_"): \(expression(child.value, depth: depth + 1))"
            }
            return arguments.isEmpty ? "\(type)()" : list(arguments, open: "\(type)(", close: ")", depth: depth)
        default:
            fatalError("SwiftValueSource cannot write \(type)")
        }
    }

    private func list(_ items: [String], open: String, close: String, depth: Int) -> String {
        guard !items.isEmpty else { return open + close }
        let oneLine = open + items.joined(separator: ", ") + close
        if oneLine.count <= 100, !oneLine.contains("\n") { return oneLine }
        let inner = String(repeating: " ", count: (depth + 1) * indentWidth)
        let outer = String(repeating: " ", count: depth * indentWidth)
        return open + "\n" + items.map { inner + $0 }.joined(separator: ",\n") + "\n" + outer + close
    }

    /// The type's full name as Swift source spells it (`GPSKit.Sourced<Swift.Optional<Swift.String>>`).
    static func typeName(of value: Any) -> String {
        String(reflecting: type(of: value))
    }

    /// An escaped literal on one line: every byte kept, including control characters.
    static func literal(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value):
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
