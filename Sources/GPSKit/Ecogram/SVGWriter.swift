/// Builds SVG text: every value escaped for XML 1.0, every number with one fixed decimal and
/// no locale, so the same picture always gives the same bytes.
struct SVGWriter {
    private(set) var output = ""

    init(capacity: Int = 4_096) {
        output.reserveCapacity(capacity)
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name
        append(attributes)
        output += ">\n"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">\n"
    }

    /// An element with escaped text inside, or an empty element when `text` is nil.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
        output += "<" + name
        append(attributes)
        if let text {
            output += ">" + Self.escaped(text) + "</" + name + ">\n"
        } else {
            output += "/>\n"
        }
    }

    /// A text element of several lines, one `tspan` each, on one line of output so no
    /// whitespace between them can be drawn.
    mutating func element(_ name: String, _ attributes: [(String, String)], lines: [([(String, String)], String)]) {
        output += "<" + name
        append(attributes)
        output += ">"
        for (spanAttributes, line) in lines {
            output += "<tspan"
            append(spanAttributes)
            output += ">" + Self.escaped(line) + "</tspan>"
        }
        output += "</" + name + ">\n"
    }

    private mutating func append(_ attributes: [(String, String)]) {
        for (key, value) in attributes {
            output += " " + key + "=\"" + Self.escaped(value) + "\""
        }
    }

    /// Escapes the five XML specials and drops what XML 1.0 forbids even as a reference:
    /// C0 controls other than tab, line feed and carriage return, and U+FFFE and U+FFFF.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            default: if isAllowed(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: !isAllowed(scalar)
        }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// One decimal, a point, no grouping: `-12.5`, `0.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    static func point(_ point: RadialLayout.Point) -> String {
        number(point.x) + "," + number(point.y)
    }
}
