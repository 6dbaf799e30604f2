/// Finds citations of the law in free text ("art. 458bis Sw.", "artikel 422", "458 ter",
/// "spreekrecht") and resolves each against the rulebook.
///
/// It walks the UTF-8 bytes once, from left to right, and never backtracks further than the
/// word before a number, so time grows linearly with the text. A bare number counts only after
/// a cue ("art.", "artikel", "artt.", "article"), before a code ("458 Sw."), or when it carries
/// a suffix and is a number the rulebook knows ("422 bis"); dates, amounts, phone and house
/// numbers are never citations. A line of a list that is nothing but a known number ("422") is
/// one (`scan(listItem:)`). An article of another named law or treaty ("AVG art. 9", "art. 19
/// van het Kinderrechtenverdrag") is reported as that instrument's, never as a Criminal Code one.
public struct ReferenceScanner: Sendable {
    let rulebook: Rulebook
    /// Phrase → index into `phraseResolutions`.
    let phrases: PhraseTrie<Int>
    let phraseResolutions: [Resolution]
    /// Codes and named instruments, before or after the article.
    let codeMarkers: PhraseTrie<CodeMark>
    let instruments: [Instrument]
    /// "van het" in "art. 19 van het Kinderrechtenverdrag".
    let instrumentLinks: PhraseTrie<Bool>
    /// Cue words; the value says whether it is plural (every number of a list counts).
    let cues: PhraseTrie<Bool>
    let suffixes: PhraseTrie<Int>
    let separators: PhraseTrie<Bool>
    /// Words after a number that make it a date, an amount or a quantity.
    let stoppers: PhraseTrie<Bool>
    let addressWords: [[UInt8]]
    /// Numbers with a suffix that count without a cue ("422 bis").
    let knownSuffixedNumbers: Set<ArticleNumber>
    /// Numbers the rulebook knows (provisions, mis-citations, the numbering table): alone on a
    /// line of a list they count without a cue, as does a suffixed number of one of their bases.
    let knownNumbers: Set<ArticleNumber>
    let knownBases: Set<Int>

    public init(rulebook: Rulebook) {
        self.rulebook = rulebook
        let words = rulebook.recognition
        var phraseList: [(String, Resolution)] = rulebook.provisions.flatMap { provision in
            provision.aliases.filter { !$0.contains(where: \.isNumber) }.map { ($0, .provision(provision.id)) }
        }
        phraseList += rulebook.misCitations.filter { $0.citedNumber == nil }.map { ($0.cited, .misCitation($0)) }
        phrases = PhraseTrie(phraseList.enumerated().map { ($1.0, $0) })
        phraseResolutions = phraseList.map(\.1)
        // Criminal Code markers first: where a phrase is listed twice, the first one counts.
        instruments = words.instruments
        let instrumentMarkers = words.instruments.enumerated().flatMap { index, instrument in
            instrument.markers.map { ($0, CodeMark.instrument(index)) }
        }
        codeMarkers = PhraseTrie(words.codeMarkers.map { ($0.phrase, CodeMark.code($0.code)) } + instrumentMarkers)
        instrumentLinks = PhraseTrie(words.instrumentLinks.map { ($0, true) })
        cues = PhraseTrie(words.articleCues.map { ($0, words.listCues.contains($0)) })
        suffixes = PhraseTrie(ArticleNumber.suffixes.enumerated().map { ($1, $0 + 2) })
        separators = PhraseTrie(words.listSeparators.map { ($0, true) })
        stoppers = PhraseTrie((words.months + words.unitWords).map { ($0, true) })
        addressWords = words.addressWords.map { Array($0.lowercased().utf8) }
        var known = Set(rulebook.provisions.compactMap(\.oldArticleNumber))
        known.formUnion(rulebook.misCitations.compactMap(\.citedNumber))
        known.formUnion(rulebook.mapping.flatMap { $0.old.value?.articleNumbers ?? [] })
        knownSuffixedNumbers = known.filter { $0.suffixRank > 0 }
        knownNumbers = known
        knownBases = Set(known.map(\.base))
    }

    /// Whether `number` alone on a line of a list is a citation: "422", "458 bis", "458quinquies",
    /// but not "2026" or "12".
    func standsAlone(_ number: ArticleNumber) -> Bool {
        knownNumbers.contains(number) || (number.suffixRank > 0 && knownBases.contains(number.base))
    }

    /// Every citation in `text`, in order of appearance.
    public func scan(_ text: String) -> [ScannedReference] {
        var native = text
        let pass = native.withUTF8 { scan(bytes: $0) }
        return pass.found.map { reference(for: $0, targets: pass.targets, in: native) }
    }

    /// One item of a list answer, such as a line of the law answer: as `scan(_:)`, but an item
    /// that is only a known article number ("422", " 458 bis ") is a citation of it. In a
    /// sentence such a number still needs a cue ("ik belde 458 keer" cites nothing).
    public func scan(listItem text: String) -> [ScannedReference] {
        var native = text
        let pass = native.withUTF8 { bytes in
            var pass = ScanPass(scanner: self, bytes: bytes)
            pass.runOnListItem()
            return pass
        }
        return pass.found.map { reference(for: $0, targets: pass.targets, in: native) }
    }

    /// The matches in UTF-8 bytes and the distinct citations they point to, for callers that
    /// report on large texts without making a string per match.
    func scan(bytes: UnsafeBufferPointer<UInt8>) -> ScanPass {
        var pass = ScanPass(scanner: self, bytes: bytes)
        pass.run()
        return pass
    }

    private func reference(for match: ScanPass.Match, targets: [ScanPass.Target], in text: String) -> ScannedReference {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: match.offsets.lowerBound)
        let upper = utf8.index(lower, offsetBy: match.offsets.count)
        let written = String(text[lower..<upper])
        let target = targets[match.target]
        let citation: ScannedReference.Citation =
            switch target.key {
            case .article(let number, let paragraph, let mark):
                .article(number, paragraph: paragraph.map { "§ \($0)" }, code: mark.citedCode)
            case .phrase: .phrase(written)
            }
        return ScannedReference(
            citation: citation, matchedText: written, utf8Offsets: match.offsets, range: lower..<upper,
            resolution: target.resolution)
    }
}

/// What a marker beside an article says: which Criminal Code (or an unnamed other law), or which
/// named instrument.
enum CodeMark: Hashable, Sendable {
    case code(CitedCode)
    /// Index into `ReferenceScanner.instruments`.
    case instrument(Int)

    var citedCode: CitedCode {
        switch self {
        case .code(let code): code
        case .instrument: .other
        }
    }
}
