import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document read back with Foundation's `XMLParser` (libxml2): the proof that the SVG
/// is well-formed, and a small tree to ask what it says.
final class ParsedXML {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and all below it, in document order.
        var all: [Element] { [self] + children.flatMap(\.all) }

        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

    let root: Element?
    let error: String?

    init(_ text: String) {
        let builder = TreeBuilder()
        // On Linux, XMLParser(data:) hands libxml2 one chunk and fails past about 10 MB; a stream
        // is read in pieces.
        let parser = XMLParser(stream: InputStream(data: Data(text.utf8)))
        parser.delegate = builder
        let parsed = parser.parse()
        root = parsed ? builder.root : nil
        error = parsed ? nil : (parser.parserError.map { "\($0)" } ?? "unknown error")
    }

    var elements: [Element] { root?.all ?? [] }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
