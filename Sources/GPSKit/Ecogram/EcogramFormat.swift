/// The forms `gps ecogram` can write, by the words she may type for them.
public enum EcogramFormat: String, Sendable, CaseIterable {
    case text
    case mermaid
    case dot
    case svg

    /// The Dutch word first, then the English one.
    public var words: [String] {
        switch self {
        case .text: ["tekst", "text"]
        case .mermaid: ["mermaid"]
        case .dot: ["dot"]
        case .svg: ["svg"]
        }
    }

    public init?(word: String) {
        guard let format = Self.allCases.first(where: { $0.words.contains(word.lowercased()) }) else { return nil }
        self = format
    }

    public func render(_ ecogram: Ecogram, texts: MessageTable) -> String {
        switch self {
        case .text: TextEcogramRenderer(texts: texts).render(ecogram)
        case .mermaid: MermaidEcogramRenderer(texts: texts).render(ecogram)
        case .dot: DotEcogramRenderer(texts: texts).render(ecogram)
        case .svg: SVGEcogramRenderer(texts: texts).render(ecogram)
        }
    }
}
