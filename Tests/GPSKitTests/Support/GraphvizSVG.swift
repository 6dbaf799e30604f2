import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs `dot -Tsvg` and reads back the text of every node, keyed by node id (the SVG `<title>`),
/// one string per label line, as XMLParser decodes it.
struct GraphvizSVG {
    var status: Int32
    var stderr: String
    var nodeTexts: [String: [String]]
    var edgeTexts: [String]
    var wellFormed: Bool

    static var isAvailable: Bool { ExternalTool.path(of: "dot") != nil }

    static func render(_ dot: String) throws -> GraphvizSVG? {
        guard let output = try ExternalTool.run("dot", ["-Tsvg"], input: dot) else { return nil }
        let reader = Reader()
        let parser = XMLParser(data: Data(output.stdout.utf8))
        parser.delegate = reader
        let parsed = output.status == 0 && parser.parse()
        return GraphvizSVG(
            status: output.status, stderr: output.stderr, nodeTexts: reader.nodes, edgeTexts: reader.edgeTexts,
            wellFormed: parsed)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var nodes: [String: [String]] = [:]
        var edgeTexts: [String] = []
        private var groupClass: String?
        private var title = ""
        private var texts: [String] = []
        private var current: String?

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "g" where ["node", "edge"].contains(attributes["class"] ?? ""):
                groupClass = attributes["class"]
                title = ""
                texts = []
            case "title", "text": current = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "title":
                title = current ?? ""
                current = nil
            case "text":
                texts.append(current ?? "")
                current = nil
            case "g" where groupClass != nil:
                if groupClass == "node" { nodes[title] = texts } else { edgeTexts += texts }
                groupClass = nil
            default: break
            }
        }
    }
}
