import Foundation

/// A strict reader for the subset of Mermaid flowchart syntax that `MermaidEcogramRenderer`
/// emits — not a full Mermaid parser. It rejects any line outside that subset, any quoted label
/// holding a raw `"`, `<`, `>`, `&`, backtick or line break, and any `#` that is not the start
/// of an entity code; it returns the labels decoded as Mermaid would show them.
struct MermaidCheck {
    struct Edge: Equatable {
        var from: String
        var arrow: String
        var text: String?
        var to: String
    }

    var nodes: [String: String] = [:]
    var subgraphs: [String: String] = [:]
    var edges: [Edge] = []
    var problems: [String] = []

    static let identifier = #"[A-Za-z_][A-Za-z0-9_]*"#
    static let quoted = #""([^"]*)""#
    static let plainArrows: Set<String> = ["-->", "<-->", "---", "==>", "<==>", "===", "-.->", "<-.->", "-.-"]
    static let textArrows: Set<String> = ["--|-->", "<--|-->", "--|---"]

    init(_ source: String) {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() } else { problems.append("no final newline") }
        guard let header = lines.first, header == "flowchart LR" || header == "flowchart TB" else {
            problems.append("header is not `flowchart LR|TB`")
            return
        }
        var openSubgraphs = 0
        for (number, line) in lines.enumerated().dropFirst() {
            let problem = read(line.trimmingCharacters(in: .whitespaces), openSubgraphs: &openSubgraphs)
            if let problem { problems.append("line \(number + 1): \(problem): \(line.debugDescription)") }
        }
        if openSubgraphs != 0 { problems.append("\(openSubgraphs) subgraph(s) not closed") }
    }

    private mutating func read(_ line: String, openSubgraphs: inout Int) -> String? {
        let id = Self.identifier
        let label = Self.quoted
        if line == "end" {
            openSubgraphs -= 1
            return openSubgraphs < 0 ? "`end` without subgraph" : nil
        }
        if let match = Self.match(line, #"subgraph (\#(id))\[\#(label)\]"#) {
            openSubgraphs += 1
            return declare(match[0], label: match[1], in: &subgraphs)
        }
        if let match = Self.match(line, #"(\#(id))\[\#(label)\]"#) {
            return declare(match[0], label: match[1], in: &nodes)
        }
        if let match = Self.match(line, #"class (\#(id)) \#(id)"#) {
            return nodes[match[0]] == nil ? "class for an unknown node" : nil
        }
        if let match = Self.match(line, #"(\#(id)) (\S+) (\#(id))"#) {
            guard Self.plainArrows.contains(match[1]) else { return "unknown arrow \(match[1])" }
            return addEdge(Edge(from: match[0], arrow: match[1], text: nil, to: match[2]))
        }
        if let match = Self.match(line, #"(\#(id)) (\S+) \#(label) (\S+) (\#(id))"#) {
            guard Self.textArrows.contains(match[1] + "|" + match[3]) else { return "unknown arrow with text" }
            guard let text = Self.decode(match[2]) else { return "bad edge text" }
            return addEdge(Edge(from: match[0], arrow: match[1] + "|" + match[3], text: text, to: match[4]))
        }
        if let match = Self.match(line, #"linkStyle (\d+) ([a-z-]+:[^,;]+)(,[a-z-]+:[^,;]+)*"#) {
            return Int(match[0]).map { $0 < edges.count } == true ? nil : "linkStyle for an edge not yet drawn"
        }
        if Self.match(line, #"classDef \#(id) ([a-z-]+:[^,;]+)(,[a-z-]+:[^,;]+)*"#) != nil { return nil }
        return "not in the subset"
    }

    private func declare(_ id: String, label: String, in table: inout [String: String]) -> String? {
        if id.lowercased() == "end" { return "an `end` id" }
        if nodes[id] != nil || subgraphs[id] != nil { return "\(id) declared twice" }
        guard let text = Self.decode(label) else { return "label is not safely encoded" }
        table[id] = text
        return nil
    }

    private mutating func addEdge(_ edge: Edge) -> String? {
        guard nodes[edge.from] != nil, nodes[edge.to] != nil else { return "edge to an undeclared node" }
        edges.append(edge)
        return nil
    }

    /// The label as Mermaid shows it, or nil when it holds a raw character that is unsafe or a
    /// `#` that does not start an entity code.
    static func decode(_ label: String) -> String? {
        let unsafe: Set<Unicode.Scalar> = ["\"", "<", ">", "&", "`", "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"]
        if label.unicodeScalars.contains(where: unsafe.contains) { return nil }
        // Scalar by scalar, as Mermaid reads it: a `;` followed by a variation selector is one
        // Character in Swift but still ends the code.
        var result = String.UnicodeScalarView()
        var rest = Substring(label).unicodeScalars
        while let hash = rest.firstIndex(of: "#") {
            result += rest[..<hash]
            rest = rest[rest.index(after: hash)...]
            guard let semicolon = rest.firstIndex(of: ";"), let decoded = entity(String(rest[..<semicolon])) else { return nil }
            result += decoded.unicodeScalars
            rest = rest[rest.index(after: semicolon)...]
        }
        return String(result + rest)
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "quot": return "\""
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        default:
            guard !name.isEmpty, name.allSatisfy(\.isASCII), let code = UInt32(name), let scalar = Unicode.Scalar(code) else { return nil }
            return String(Character(scalar))
        }
    }

    /// The capture groups when the whole line matches the pattern.
    private static func match(_ line: String, _ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: "^" + pattern + "$"),
            let found = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
        else { return nil }
        // By UTF-16 offsets, as Mermaid's lexer reads: a quote followed by a combining mark is
        // one Character in Swift, and a Swift range could not end between the two.
        return (1..<found.numberOfRanges).map { index in
            found.range(at: index).location == NSNotFound ? "" : (line as NSString).substring(with: found.range(at: index))
        }
    }
}
