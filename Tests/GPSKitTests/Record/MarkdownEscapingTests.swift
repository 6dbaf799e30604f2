import Testing

@testable import GPSKit

/// What the escaping writes for typed text, checked character by character. These run without
/// any tool; `MarkdownReadbackTests` reads the same kind of text back through cmark-gfm.
@Suite struct MarkdownEscapingTests {
    /// Compares Unicode scalars, so `e` + U+0301 never passes for a precomposed `é`.
    func same(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Array(actual.unicodeScalars) == Array(expected.unicodeScalars), sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", ##"\<script\>alert(1)\</script\>"##),
        ("`code`", ##"\`code\`"##),
        ("*bold* and **strong**", ##"\*bold\* and \*\*strong\*\*"##),
        ("_x_ and __y__", ##"\_x\_ and \_\_y\_\_"##),
        ("[link](http://x)", ##"\[link\](http://x)"##),
        ("![img](a.png)", ##"!\[img\](a.png)"##),
        ("# heading", ##"\# heading"##),
        ("- item", ##"\- item"##),
        ("+ item", ##"\+ item"##),
        ("1. item", ##"1\. item"##),
        ("12) item", ##"12\) item"##),
        ("> quote", ##"\> quote"##),
        ("&amp; &#35; &copy", ##"\&amp; \&\#35; \&copy"##),
        ("~~strike~~", ##"\~\~strike\~\~"##),
        ("===", ##"\==="##),
        (":-:", ##"\:-:"##),
        ("a | b", ##"a \| b"##),
        (##"back\slash\"##, ##"back\\slash\\"##),
        ("<http://x.y> www.x.com", ##"\<http://x.y\> www.x.com"##),
    ])
    func inlineEscapesMarkup(typed: String, escaped: String) {
        same(MarkdownEscaping.inline(typed), escaped)
    }

    @Test func punctuationInsideALineIsEscapedButOnlyLineStartsGetTheListRule() {
        same(MarkdownEscaping.inline("a - b + c = d 1. e"), "a - b + c = d 1. e")
        same(MarkdownEscaping.inline("1.5 kg"), ##"1\.5 kg"##)
        same(MarkdownEscaping.inline("2026 was"), "2026 was")
    }

    @Test func whitespaceIsTrimmedCollapsedAndLineBreaksBecomeSpaces() {
        same(MarkdownEscaping.inline("    indented code"), "indented code")
        same(MarkdownEscaping.inline("a\r\nb\rc\nd"), "a b c d")
        same(MarkdownEscaping.inline("a\tb \t c"), "a b c")
        same(MarkdownEscaping.inline("two  spaces  \nhard break"), "two spaces hard break")
        same(MarkdownEscaping.inline("a\u{2028}b\u{2029}c\u{85}d"), "a b c d")
        same(MarkdownEscaping.inline("\n\n \n"), "")
    }

    @Test func controlCharactersBecomeSpaces() {
        same(MarkdownEscaping.inline("a\u{0}b\u{7}c\u{1B}[31md\u{7F}e\u{9B}f"), ##"a b c \[31md e f"##)
    }

    @Test func emojiAndRightToLeftTextPassUnchanged() {
        same(MarkdownEscaping.inline("👩‍👩‍👧 😀 👍🏽 🇧🇪"), "👩‍👩‍👧 😀 👍🏽 🇧🇪")
        same(MarkdownEscaping.inline("مرحبا שלום"), "مرحبا שלום")
        same(MarkdownEscaping.inline("\u{202E}evil\u{202C} \u{200F}x\u{2067}y\u{2069}"), "\u{202E}evil\u{202C} \u{200F}x\u{2067}y\u{2069}")
    }

    /// A combining mark or variation selector after punctuation makes one `Character`, but GFM
    /// sees the bare `|`, `*` or `>`; escaping goes by Unicode scalar.
    @Test func punctuationFollowedByACombiningMarkIsStillEscaped() {
        same(MarkdownEscaping.inline("|\u{301}"), "\\|\u{301}")
        same(MarkdownEscaping.inline("*\u{FE0F}\u{20E3}x*\u{FE0F}\u{20E3}"), "\\*\u{FE0F}\u{20E3}x\\*\u{FE0F}\u{20E3}")
        same(MarkdownEscaping.inline(">\u{20E3} quote"), "\\>\u{20E3} quote")
        same(MarkdownEscaping.inline("`\u{308}code`\u{308}"), "\\`\u{308}code\\`\u{308}")
        same(MarkdownEscaping.inline("-\u{301} x"), "\\-\u{301} x")
    }

    @Test func aSpaceCarryingACombiningMarkIsStillTrimmed() {
        same(MarkdownEscaping.inline(" \u{301}x"), "\u{301}x")
        same(MarkdownEscaping.inline("a  \u{200D}b"), "a \u{200D}b")
    }

    @Test func paragraphsKeepLineBreaksAsHardBreaksAndBlankLinesAsParagraphs() {
        same(MarkdownEscaping.paragraphs("a\nb"), "a\\\nb")
        same(MarkdownEscaping.paragraphs("a\r\nb\u{2028}c"), "a\\\nb\\\nc")
        same(MarkdownEscaping.paragraphs("a\n\n\n \nb"), "a\n\nb")
        same(MarkdownEscaping.paragraphs("\n\n  \n"), "")
        same(MarkdownEscaping.paragraphs("ends in\\"), ##"ends in\\"##)
    }

    @Test func everyLineOfAParagraphHasItsStartEscaped() {
        let typed = "first\n- second\n+ third\n1. fourth\n> fifth\n# sixth\n    seventh\n\tcode"
        let escaped = ["first", ##"\- second"##, ##"\+ third"##, ##"1\. fourth"##, ##"\> fifth"##, ##"\# sixth"##, "seventh", "code"]
        same(MarkdownEscaping.paragraphs(typed), escaped.joined(separator: "\\\n"))
    }

    @Test func aLineUnderAParagraphLineCannotMakeAHeadingOrATable() {
        same(MarkdownEscaping.paragraphs("title\n==="), "title\\\n\\===")
        same(MarkdownEscaping.paragraphs("title\n---"), "title\\\n\\---")
        same(MarkdownEscaping.paragraphs("a\n:-:"), "a\\\n\\:-:")
        same(MarkdownEscaping.paragraphs("a | b\n:-- | --:"), "a \\| b\\\n\\:-- \\| --:")
    }

    @Test func visibleIsWhatAReaderSees() {
        #expect(MarkdownEscaping.visible("  a\n\n\tb  *c*\r\n") == "a b *c*")
        #expect(MarkdownEscaping.visible("") == "")
    }

    @Test func linesSplitOnEveryKindOfLineBreak() {
        #expect(MarkdownEscaping.lines(of: "a\r\nb\rc\nd\u{2028}e\u{2029}f\u{85}g") == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(MarkdownEscaping.lines(of: "a\n\nb") == ["a", "", "b"])
        #expect(MarkdownEscaping.lines(of: "\r\n") == ["", ""])
        #expect(MarkdownEscaping.lines(of: "\r\r\n") == ["", "", ""])
    }

    @Test func linesTrimAndCollapseSpacesAndBlankOutControls() {
        #expect(MarkdownEscaping.lines(of: "  a   b  ") == ["a b"])
        #expect(MarkdownEscaping.lines(of: "\u{0}x\u{1F}\ty\u{7F}") == ["x y"])
        #expect(MarkdownEscaping.lines(of: "\u{A0}nbsp stays\u{A0}") == ["\u{A0}nbsp stays\u{A0}"])
        #expect(MarkdownEscaping.lines(of: " \u{301}x ").map { Array($0.unicodeScalars) } == [["\u{301}", "x"]])
    }
}
