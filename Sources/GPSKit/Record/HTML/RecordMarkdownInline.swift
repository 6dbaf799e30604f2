/// Turns the inline Markdown the record writes into XHTML: backslash escapes are undone first
/// and every character is then escaped for HTML, `**` and `*` become `<strong>` and `<em>`, the
/// `<br>` of a table cell and a trailing `\` (a hard break) become `<br/>`. `MarkdownEscaping`
/// puts a backslash before every `*`, `<` and `\` she types, so an unescaped one is always
/// the renderer's own markup.
enum RecordMarkdownInline {
    static func html(_ markdown: String) -> String {
        var writer = InlineWriter()
        let scalars = Array(markdown.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                writer.lineBreak()
                index += 2
            case "\\" where index + 1 < scalars.count && isASCIIPunctuation(scalars[index + 1]):
                writer.text(scalars[index + 1])
                index += 2
            case "*":
                let run = scalars[index...].prefix { $0 == "*" }.count
                writer.emphasis(run)
                index += run
            case "<" where scalars[index...].starts(with: "<br>".unicodeScalars):
                writer.lineBreak()
                index += 4
            case "\n":
                // A soft break inside a paragraph reads as a space.
                writer.text(" ")
                index += 1
            default:
                writer.text(scalar)
                index += 1
            }
        }
        return writer.finish()
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}

/// Collects the output and keeps `<strong>` and `<em>` properly nested, so the result is
/// well-formed even if the Markdown were not balanced.
private struct InlineWriter {
    var output = ""
    var open: [String] = []

    mutating func text(_ scalar: Unicode.Scalar) {
        output += SVGWriter.escaped(String(scalar))
    }

    mutating func lineBreak() {
        output += "<br/>"
    }

    /// `**` toggles strong, `*` emphasis, `***` both.
    mutating func emphasis(_ run: Int) {
        var left = run
        while left > 0 {
            let tag = left >= 2 ? "strong" : "em"
            toggle(tag)
            left -= tag == "strong" ? 2 : 1
        }
    }

    private mutating func toggle(_ tag: String) {
        guard let position = open.lastIndex(of: tag) else {
            open.append(tag)
            output += "<\(tag)>"
            return
        }
        for inner in open[position...].reversed() { output += "</\(inner)>" }
        open.removeSubrange(position...)
    }

    mutating func finish() -> String {
        for tag in open.reversed() { output += "</\(tag)>" }
        open = []
        return output
    }
}
