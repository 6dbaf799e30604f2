import Foundation
import Testing

@testable import GPSKit

/// Thousands of hostile names and relations drawn as ecograms: every SVG must parse, and each
/// member's `<title>` must read back as exactly the name she typed (in its one-line form).
/// Replay a failure with `GPS_SVG_SEED=<seed> swift test --filter SVGEscapingProperty`;
/// `GPS_SVG_SEED=random` tries a new seed.
@Suite struct SVGEscapingPropertyTests {
    static let ecogramCount = 100
    static let namesPerEcogram = 100
    static let defaultSeed: UInt64 = 0x5E60_9A11_2026

    static var seed: UInt64 { TestSeed.from("GPS_SVG_SEED", default: defaultSeed) }

    /// HostileText's Markdown alphabet plus what breaks XML in particular, and now and then a
    /// name of 5,000 characters.
    struct HostileName {
        static let xmlTokens = ["]]>", "<![CDATA[", "&amp;", "&#0;", "&#xFFFE;", "<script>alert(1)</script>", "'\"", "\u{FFFE}", "\u{FFFF}", "|", "<?xml", "-->"]
        var text: HostileText
        var generator: SplitMix64

        init(seed: UInt64) {
            text = HostileText(seed: seed)
            generator = SplitMix64(seed: seed ^ 0xA5A5)
        }

        mutating func next() -> String {
            let base = text.next() + (Self.xmlTokens.randomElement(using: &generator) ?? "") + text.next()
            guard Int.random(in: 0..<50, using: &generator) == 0 else { return base }
            return String(String(repeating: base + "x", count: 5_000 / (base.count + 1) + 1).prefix(5_000))
        }
    }

    @Test func hostileNamesParseAndReadBackExactlyInTheTitles() {
        let seed = Self.seed
        var names = HostileName(seed: seed)
        var random = SplitMix64(seed: seed)
        let renderer = SVGEcogramRenderer(texts: .embedded(.nl))
        var checked = 0
        var failures: [String] = []
        for number in 0..<Self.ecogramCount {
            let stakeholders = (0..<Self.namesPerEcogram).map { _ in
                Stakeholder(
                    name: names.next(), relation: names.next(), category: StakeholderCategory.allCases.randomElement(using: &random),
                    tie: Tie.allCases.randomElement(using: &random), support: SupportDirection.allCases.randomElement(using: &random))
            }
            let ecogram = Ecogram(stakeholders: stakeholders)
            let problems = Self.problems(in: renderer.render(ecogram), for: ecogram)
            checked += ecogram.members.count + ecogram.clients.count
            failures += problems.prefix(3).map { "ecogram #\(number): \($0)" }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "seed \(seed) (GPS_SVG_SEED=\(seed)):\n\(failures.joined(separator: "\n"))")
        #expect(checked >= 10_000)
    }

    static func problems(in svg: String, for ecogram: Ecogram) -> [String] {
        let document = ParsedXML(svg)
        if let error = document.error { return ["does not parse: \(error)"] }
        let titles = Dictionary(
            document.elements.filter { $0.name == "g" }.compactMap { group in
                group.attributes["id"].map { ($0, group.child("title")?.text ?? "") }
            }, uniquingKeysWith: { first, _ in first })
        var problems = ecogram.members.compactMap { member -> String? in
            // Scalars, not Characters: a relation that starts with a combining mark fuses with the space before it.
            titles[member.identifier]?.unicodeScalars.starts(with: (member.label + ": ").unicodeScalars) == true
                ? nil : "\(member.identifier) \(member.label.debugDescription) reads back as \(titles[member.identifier]?.debugDescription ?? "nothing")"
        }
        let centre = document.elements.first { $0.attributes["class"] == "client" }?.child("title")?.text ?? ""
        problems += ecogram.clients.filter { !centre.contains($0.label) }.map { "client \($0.label.debugDescription) missing" }
        if svg.contains("<script") { problems.append("raw <script> in the output") }
        return problems
    }
}
