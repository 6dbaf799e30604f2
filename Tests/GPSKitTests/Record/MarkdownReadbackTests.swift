import Testing

@testable import GPSKit

/// Typed text escaped as a table cell, a list item and paragraphs, read back through cmark-gfm:
/// it must stay text and read as typed. Skipped, visibly, when cmark-gfm is not installed.
@Suite(.enabled(if: CommonMarkAST.isAvailable, "cmark-gfm is not installed"))
struct MarkdownReadbackTests {
    static let examples = [
        "a | b | c", "||", "line one\nline two", "one\r\ntwo\rthree", "para\n\n\nnext para",
        "<script>alert(1)</script>", "<div>\nblock\n</div>", "<!-- comment -->", "<br>",
        "`code` and ``more``", "```\nfence\n```", "~~~\nfence", "*bold* **strong** ***both***", "_x_ __y__",
        "[link](http://x)", "![image](a.png)", "[ref]: http://x \"t\"\n[ref]", "<http://x.y>", "www.x.com",
        "# heading", "###### six", "- item", "* item", "+ item", "1. item", "7) item", "> quote", ">> nested",
        "&amp; &#35; &#x41; &copy", "~~strike~~ ~one~", "+ plus", "title\n===", "title\n---", "***\n___",
        "    indented code", "\tcode with a tab", "two trailing  \nspaces", "back\\\nslash\\",
        "a\u{0}b\u{1}c\u{8}d\u{1B}e\u{7F}f\u{9B}g", "a\u{2028}b\u{2029}c\u{85}d",
        "👩‍👩‍👧 😀 👍🏽 🇧🇪 #️⃣ *️⃣", "مرحبا بالعالم", "שלום עולם", "\u{202E}txt.exe\u{202C} \u{200F}\u{2067}x\u{2069}",
        "|\u{301} cell", "*\u{FE0F}\u{20E3}x*\u{FE0F}\u{20E3}", ">\u{20E3} quote", "`\u{308}x`\u{308}", " \u{301}lead",
        "a\n:-:", "a | b\n--- | ---", "x\n:--\ny", "- [ ] task", "[^1]\n\n[^1]: note", "$$x$$", "\\*not\\*",
        "<", ">", "&", "\\", "\u{A0}\u{3000}\u{200B}\u{FEFF}",
    ]

    @Test(arguments: examples)
    func readsBackAsTyped(typed: String) throws {
        let units = EscapedUnit.Kind.allCases.map { EscapedUnit(index: 0, kind: $0, typed: typed) }
        for (unit, problems) in zip(units, try EscapedUnit.check(units)) {
            #expect(problems.isEmpty, "\(unit.kind): \(unit.markdown.debugDescription): \(problems)")
        }
    }

    /// The whole record with hostile answers: the tables keep their columns, lists their items,
    /// and nothing typed becomes a link, HTML, code or a heading of its own.
    @Test func aRecordWithHostileAnswersKeepsItsStructure() throws {
        let hostile = "|x| <b>*y*</b> [l](u) `c`\n# h\n> q"
        var caseFile = Fixtures.emptyCase(title: hostile)
        caseFile.answers = [
            "hamvraag": .text(hostile),
            "feiten": .list([hostile, "- b", "1. c"]),
            "vermoedens": .list(["*" + hostile, "x"]),
            "betrokkenen": .stakeholders([Stakeholder(name: hostile, relation: "|", interest: "a\nb", expects: "`x`")]),
            "beslissing": .text(hostile + "\n\n" + hostile),
        ]
        let record = MarkdownRecordRenderer(questionnaire: Fixtures.fullRoute, texts: .embedded(.nl)).render(caseFile)
        let root = try #require(try CommonMarkAST.parse(record))
        let nodes = root.descendants
        let forbidden: Set = ["link", "image", "html_block", "code", "code_block", "strikethrough"]
        let ecogram = nodes.filter { $0.name == "code_block" && $0.attributes["info"] == "mermaid" }
        #expect(ecogram.count == 1, "the ecogram is the one code block")
        #expect(nodes.filter { forbidden.contains($0.name) }.count == ecogram.count)
        #expect(nodes.filter { $0.name == "html_inline" }.allSatisfy { $0.literal == "<br>" })
        #expect(root.children.first?.name == "heading")
        #expect(nodes.filter { $0.name == "heading" && $0.attributes["level"] == "1" }.count == 1)
        #expect(nodes.filter { $0.name == "block_quote" }.count == 1)
        let table = try #require(nodes.first { $0.name == "table" })
        #expect(table.children.map(\.children.count) == [4, 4])
        let cells = table.children.last?.children.map { MarkdownReadback.text(of: $0.children) }
        #expect(cells == [MarkdownReadback.expectedCell(hostile), "|", "a\nb", "`x`"])
        let lists = nodes.filter { $0.name == "list" }.map(\.children.count)
        let findings = CaseReasoning(caseFile: caseFile, questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded()).findings
        let asking = findings.filter { $0.level != .ok }
        #expect(asking.map(\.rule) == ["R8"] && findings.count == CaseChecks.rules.count)
        #expect(lists == [2, 2, 1, 3, 2, MermaidEcogramRenderer.legend(texts: .embedded(.nl), for: Ecogram(case: caseFile)).count, asking.count + 1],
                "header; the summary's decision and what is open, its finding not in order; facts, suspicions, the ecogram's legend; the findings that ask something and one line for those in order")
    }
}
