/// Makes text safe inside a quoted DOT string. Besides the DOT escapes (`\\`, `\"`), `&`
/// becomes `&amp;`: Graphviz decodes HTML entities in every label, so a typed `&amp;` or
/// `&#35;` would otherwise lose characters (checked with dot 2.43).
enum DotEscaping {
    static func string(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A one-line label of several lines, each escaped and joined with DOT's centred break.
    static func label(lines: [String]) -> String {
        lines.map { string(EcogramLabel.oneLine($0)) }.joined(separator: "\\n")
    }
}
