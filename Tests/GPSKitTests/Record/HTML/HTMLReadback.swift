import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a reader sees of the record, block by block, so the HTML can be compared with
/// cmark-gfm's reading of the Markdown it came from. Inline `<strong>` and `<em>` become
/// markers that typed text cannot contain; a line break becomes a newline.
struct ReadBlock: Equatable, CustomStringConvertible {
    var kind: String
    var text: String

    var description: String { "\(kind): \(text.debugDescription)" }

    static let strong = ("⟪s⟫", "⟪/s⟫")
    static let emphasis = ("⟪e⟫", "⟪/e⟫")
}

/// Reads XHTML with `XMLParser`: nil when it is not well-formed XML.
enum HTMLReadback {
    static let leaves: Set = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "th", "td", "title"]

    struct Reading {
        var title = ""
        var blocks: [ReadBlock] = []
    }

    static func read(_ html: String) -> (reading: Reading?, error: String?) {
        let reader = Reader()
        let parser = XMLParser(stream: InputStream(data: Data(html.utf8)))
        parser.delegate = reader
        guard parser.parse() else { return (nil, parser.parserError.map { "\($0)" } ?? "unknown error") }
        return (reader.reading, nil)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var reading = Reading()
        var stack: [String] = []
        var current: ReadBlock?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            defer { stack.append(name) }
            guard !stack.contains("figure") else { return }
            switch name {
            case "figure": reading.blocks.append(ReadBlock(kind: "ecogram", text: ""))
            case "hr": reading.blocks.append(ReadBlock(kind: "hr", text: ""))
            case "strong": current?.text += ReadBlock.strong.0
            case "em": current?.text += ReadBlock.emphasis.0
            case "br": current?.text += "\n"
            case _ where HTMLReadback.leaves.contains(name): current = ReadBlock(kind: kind(of: name), text: "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            guard !stack.contains("figure") else { return }
            switch name {
            case "strong": current?.text += ReadBlock.strong.1
            case "em": current?.text += ReadBlock.emphasis.1
            case _ where HTMLReadback.leaves.contains(name):
                guard let block = current else { return }
                current = nil
                if name == "title" { reading.title = block.text } else { reading.blocks.append(block) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current?.text += string
        }

        private func kind(of name: String) -> String {
            switch name {
            case "p" where stack.last == "blockquote": "quote"
            case "th": "headcell"
            case "td": "cell"
            default: name
            }
        }
    }
}

/// The same reading made from cmark-gfm's tree of the Markdown record.
enum CommonMarkReadback {
    static func blocks(_ root: CommonMarkNode) -> [ReadBlock] {
        root.children.flatMap { block($0, context: "p") }
    }

    private static func block(_ node: CommonMarkNode, context: String) -> [ReadBlock] {
        switch node.name {
        case "heading": [ReadBlock(kind: "h" + (node.attributes["level"] ?? "?"), text: inline(node.children))]
        case "paragraph": [ReadBlock(kind: context, text: inline(node.children))]
        case "list": node.children.flatMap { item in
            item.children.isEmpty ? [ReadBlock(kind: "li", text: "")] : item.children.flatMap { block($0, context: "li") }
        }
        case "block_quote": node.children.flatMap { block($0, context: "quote") }
        case "table": node.children.flatMap { row in
            row.children.map { ReadBlock(kind: row.name == "table_header" ? "headcell" : "cell", text: inline($0.children)) }
        }
        case "thematic_break": [ReadBlock(kind: "hr", text: "")]
        case "code_block" where node.attributes["info"] == "mermaid": [ReadBlock(kind: "ecogram", text: "")]
        default: [ReadBlock(kind: "unexpected " + node.name, text: node.literal)]
        }
    }

    private static func inline(_ nodes: [CommonMarkNode]) -> String {
        nodes.map { node in
            switch node.name {
            case "text": node.literal
            case "softbreak": " "
            case "linebreak": "\n"
            case "html_inline" where node.literal == "<br>": "\n"
            case "strong": ReadBlock.strong.0 + inline(node.children) + ReadBlock.strong.1
            case "emph": ReadBlock.emphasis.0 + inline(node.children) + ReadBlock.emphasis.1
            default: "⟪\(node.name)⟫" + node.literal + inline(node.children)
            }
        }.joined()
    }
}
