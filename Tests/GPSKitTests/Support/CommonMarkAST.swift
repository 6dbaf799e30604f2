import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The tree `cmark-gfm -t xml` prints, so a test can check what a GFM reader makes of Markdown.
struct CommonMarkNode: Equatable, Sendable {
    var name: String
    var attributes: [String: String] = [:]
    /// The literal of a leaf (`text`, `code`, `html_inline`, `html_block`, ...).
    var literal: String = ""
    var children: [CommonMarkNode] = []

    /// This node and all below it, depth first.
    var descendants: [CommonMarkNode] {
        [self] + children.flatMap(\.descendants)
    }

    func children(named name: String) -> [CommonMarkNode] {
        children.filter { $0.name == name }
    }
}

enum CommonMarkAST {
    /// The extensions GitHub turns on that matter for structure; autolink is left off.
    static let arguments = ["-e", "table", "-e", "strikethrough", "-t", "xml"]

    static var isAvailable: Bool { ExternalTool.path(of: "cmark-gfm") != nil }

    /// Parses GFM with cmark-gfm; nil when the tool is not installed.
    static func parse(_ markdown: String) throws -> CommonMarkNode? {
        guard let output = try ExternalTool.run("cmark-gfm", arguments, input: markdown) else { return nil }
        guard output.status == 0 else { throw ASTError.toolFailed(output.stderr) }
        return try parseXML(output.stdout)
    }

    static func parseXML(_ xml: String) throws -> CommonMarkNode {
        let delegate = TreeBuilder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ASTError.badXML(parser.parserError.map(String.init(describing:)) ?? "no document")
        }
        return root
    }

    enum ASTError: Error {
        case toolFailed(String)
        case badXML(String)
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [CommonMarkNode] = []
    var root: CommonMarkNode?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        stack.append(CommonMarkNode(name: elementName, attributes: attributeDict))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].literal += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard var node = stack.popLast() else { return }
        // Whitespace between child elements is layout, not content.
        if !node.children.isEmpty { node.literal = "" }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }
}
