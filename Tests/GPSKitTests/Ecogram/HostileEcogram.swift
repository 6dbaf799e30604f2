@testable import GPSKit

/// Random ecograms whose names and relations are hostile text: Markdown's hostile alphabet plus
/// what breaks Mermaid and DOT (`\N`, entities, `#quot;`, `end`, arrows) and now and then a
/// 5,000-character name. Seeded, so a failure replays.
struct HostileEcogram {
    static let diagramTokens = [
        "\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "\\l", "\\r", "\\n", "\\", "\\\"", "&amp;", "&#35;", "&lt;", "&quot;",
        "&#x41;", "#quot;", "#35;", "#lt;", "#", "#;", "#amp", "\"", "`", "end", "subgraph", "-->", "==>", "-.->", "---",
        "|", "||", "<script>alert(1)</script>", "[\"x\"]", "(())", "{}", ";", "%%", "linkStyle 0", "\u{0}", "\u{1B}[31m",
        "👩‍👩‍👧‍👦", "🇧🇪", "שלום עולם", "مرحبا", "\u{202E}abc", "e\u{301}\u{308}", "漢字", "Ｆｕｌｌ",
    ]

    var hostile: HostileText
    var generator: SplitMix64

    init(seed: UInt64) {
        hostile = HostileText(seed: seed)
        generator = SplitMix64(seed: seed ^ 0xD1A6_5A4D)
    }

    mutating func name() -> String {
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<2:
            let piece = hostile.next() + "x&\"\\"
            return String(String(repeating: piece, count: 5_000 / piece.count + 1).prefix(5_000))
        case 2..<40: return (0..<Int.random(in: 1...4, using: &generator)).map { _ in token() }.joined(separator: hostile.next())
        default: return hostile.next()
        }
    }

    mutating func ecogram(size: Int) -> Ecogram {
        Ecogram(stakeholders: (0..<size).map { _ in stakeholder() })
    }

    private mutating func stakeholder() -> Stakeholder {
        Stakeholder(
            name: name(), relation: Bool.random(using: &generator) ? name() : "",
            category: StakeholderCategory.allCases.randomElement(using: &generator),
            tie: Tie.allCases.randomElement(using: &generator),
            support: SupportDirection.allCases.randomElement(using: &generator),
            context: HelpContext.allCases.randomElement(using: &generator),
            familyKnows: Bool.random(using: &generator))
    }

    private mutating func token() -> String {
        Self.diagramTokens.randomElement(using: &generator) ?? ""
    }
}
