import Foundation

/// Makes typed text safe inside GitHub-flavoured Markdown: it reads back as exactly the
/// characters she typed and can never open a list, a heading, a link, HTML or a table cell.
public enum MarkdownEscaping {
    /// ASCII punctuation that can start or end inline markup, or an entity (`&`), in GFM.
    /// Compared per Unicode scalar: a combining mark or variation selector typed after `|` or
    /// `*` joins it into one `Character`, but Markdown still sees the bare punctuation.
    private static let punctuation: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&",
    ]

    /// A relative file name as a link destination, percent-encoded so that no space, bracket
    /// or parenthesis in it can end the link early.
    public static func link(_ path: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// One line of text for a paragraph or a list item; line breaks become spaces.
    public static func inline(_ text: String) -> String {
        escapeLine(flatten(text))
    }

    /// Text for a table cell: as `inline`, and a line break becomes `<br>`.
    public static func tableCell(_ text: String) -> String {
        lines(of: text).map(escapeLine).joined(separator: "<br>")
    }

    /// Text of several lines as one paragraph per blank-line-separated block, with hard line
    /// breaks (a trailing backslash) inside a block.
    public static func paragraphs(_ text: String) -> String {
        var blocks: [[String]] = [[]]
        for line in lines(of: text) {
            if line.isEmpty {
                if !(blocks.last ?? []).isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(escapeLine(line))
            }
        }
        return blocks.filter { !$0.isEmpty }
            .map { $0.joined(separator: "\\\n") }
            .joined(separator: "\n\n")
    }

    /// The text as a reader of the rendered record sees it: what the escaping preserves.
    public static func visible(_ text: String) -> String {
        lines(of: text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func flatten(_ text: String) -> String {
        lines(of: text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Splits on any line break, turns tabs and control characters into spaces, collapses runs
    /// of spaces and trims each line (Markdown would drop or reinterpret them).
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var line: [UInt8] = []
        var pendingSpace = false
        var afterCarriageReturn = false
        // Per scalar, so a space followed by a combining mark is still trimmed and collapsed.
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn:
                continue
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}":
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                pendingSpace = false
            case " ", "\t":
                pendingSpace = !line.isEmpty
            case _ where scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.properties.generalCategory == .control):
                pendingSpace = !line.isEmpty
            default:
                if pendingSpace { line.append(UInt8(ascii: " ")) }
                pendingSpace = false
                UTF8.encode(scalar) { line.append($0) }
            }
        }
        lines.append(String(decoding: line, as: UTF8.self))
        return lines
    }

    /// Bytes work here: the punctuation is ASCII, and an ASCII byte never occurs inside the
    /// UTF-8 encoding of another character.
    static func escapeLine(_ line: String) -> String {
        let escaped = escapedASCII
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count + 16)
        for byte in line.utf8 {
            if byte < 0x80, escaped[Int(byte)] { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return escapeLineStart(String(decoding: bytes, as: UTF8.self))
    }

    private static let escapedASCII: [Bool] = (0..<128).map { punctuation.contains(Unicode.Scalar(UInt8($0))) }

    /// A line starting with `-`, `+`, `=` or `12.` / `12)` would become a list or a heading;
    /// one starting with `:` could be a table's delimiter row (`:-:`) under a paragraph line.
    private static func escapeLineStart(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.first else { return line }
        if "-+=:".unicodeScalars.contains(first) { return "\\" + line }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        let rest = scalars.dropFirst(digits.count)
        if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" {
            return String(digits) + "\\" + String(rest)
        }
        return line
    }
}
