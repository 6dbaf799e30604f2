/// Reads JSON (RFC 8259) into a `JSONValue` in one pass over the bytes. It is several times
/// quicker than decoding `JSONValue` through `JSONDecoder`, which has to try each type in turn,
/// and it says where the text went wrong by line and column.
public struct JSONParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var problem: Problem
    }

    public enum Problem: Equatable, Sendable {
        case unexpectedEnd
        case unexpected(String)
        case invalidEscape
        case controlCharacterInString
        case tooDeep
    }

    /// Deeper nesting than any answers file needs; it keeps hostile input off the stack limit.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0

    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.error(.unexpected(parser.token)) }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error(.tooDeep) }
        guard let byte = peek else { throw error(.unexpectedEnd) }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error(.unexpected(token))
        }
    }

    private mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var fields: [String: JSONValue] = [:]
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw error(peek == nil ? .unexpectedEnd : .unexpected(token)) }
            let key = try string()
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            fields[key] = try value(depth: depth + 1)
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
            } else {
                try expect("}")
                return .object(fields)
            }
        }
    }

    private mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
            } else {
                try expect("]")
                return .array(items)
            }
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        position += 1
        // Most strings have no escapes: find the closing quote and take the bytes as they are.
        let start = position
        var end = position
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                position = end + 1
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        var result = Array(bytes[start..<end])
        position = end
        while let byte = peek {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &result)
            case 0..<0x20:
                position -= 1
                throw error(.controlCharacterInString)
            default:
                result.append(byte)
            }
        }
        throw error(.unexpectedEnd)
    }

    private mutating func escape(into result: inout [UInt8]) throws(SyntaxError) {
        guard let byte = peek else { throw error(.unexpectedEnd) }
        position += 1
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let plain = simple {
            result.append(plain)
            return
        }
        guard byte == UInt8(ascii: "u") else {
            position -= 1
            throw error(.invalidEscape)
        }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\"), position + 1 < bytes.count,
            bytes[position + 1] == UInt8(ascii: "u")
        {
            let mark = position
            position += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else {
                position = mark
            }
        }
        // A lone surrogate cannot be a String; it becomes U+FFFD, as JSONDecoder does.
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        UTF8.encode(scalar) { result.append($0) }
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Self.hexValue(byte) else { throw error(.invalidEscape) }
            code = code << 4 | digit
            position += 1
        }
        return code
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        guard try digits(leadingZeroAllowed: false) else { throw error(peek == nil ? .unexpectedEnd : .unexpected(token)) }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard try digits(leadingZeroAllowed: true) else { throw error(peek == nil ? .unexpectedEnd : .unexpected(token)) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard try digits(leadingZeroAllowed: true) else { throw error(peek == nil ? .unexpectedEnd : .unexpected(token)) }
        }
        // Whole numbers of up to 15 digits are exact in a Double: no need to go through text.
        if position - start <= 15, !bytes[start..<position].contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
            var whole = 0
            for byte in bytes[start..<position] where byte != UInt8(ascii: "-") { whole = whole * 10 + Int(byte - UInt8(ascii: "0")) }
            return bytes[start] == UInt8(ascii: "-") ? -Double(whole) : Double(whole)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text) else { throw error(.unexpected(text)) }
        return value
    }

    /// Reads a run of digits; false when there is none. JSON allows no leading zero in the
    /// integer part ("012").
    private mutating func digits(leadingZeroAllowed: Bool) throws(SyntaxError) -> Bool {
        let start = position
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        if !leadingZeroAllowed, position - start > 1, bytes[start] == UInt8(ascii: "0") {
            position = start + 1
            throw error(.unexpected(token))
        }
        return position > start
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let expected = Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        guard bytes.count - position >= expected.count, bytes[position..<(position + expected.count)].elementsEqual(expected)
        else { throw error(.unexpected(token)) }
        position += expected.count
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(SyntaxError) {
        guard let byte = peek else { throw error(.unexpectedEnd) }
        guard byte == UInt8(character.value) else { throw error(.unexpected(token)) }
        position += 1
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The text at the error, up to the next space or 12 characters, to quote in the message.
    private var token: String {
        let end = bytes[position...].prefix(48).firstIndex { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            ?? min(bytes.count, position + 48)
        return String(String(decoding: bytes[position..<max(end, min(bytes.count, position + 1))], as: UTF8.self).prefix(12))
    }

    private func error(_ problem: Problem) -> SyntaxError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(position, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1
        return SyntaxError(line: line, column: column, problem: problem)
    }
}
