/// Makes a one-line label safe inside a quoted Mermaid label (`p1["…"]`): the characters that
/// could end the string, start HTML or an entity, or turn it into a Markdown string become
/// Mermaid's `#…;` codes, which Mermaid turns back into the character.
enum MermaidEscaping {
    static func label(_ text: String) -> String {
        var result = ""
        for scalar in EcogramLabel.oneLine(text).unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "`": result += "#96;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
