import Foundation

/// The one check before anything is shared: the two files of an archive record may hold no
/// identifier `IdentifierScanner` recognises and no real name of anyone in the case. It reads
/// the files as they would be committed, not the case, so whatever the pseudonymiser misses is
/// caught here.
public enum ArchiveGate {
    /// Every leak in the two files of `record`, made from `caseFile`; empty when it may be shared.
    public static func leaks(in record: ArchiveRecord, of caseFile: CaseFile, today: CaseDay?) -> [ArchiveLeak] {
        leaks(
            in: record.markdown, summary: record.summaryJSON, of: caseFile, today: today,
            caseFindings: Array(zip(record.caseFindings, record.casePlaces)), fixedLines: record.fixedLines,
            caseTexts: record.caseTexts, unlisted: record.unlistedNames)
    }

    /// Every leak in `record` (Markdown) and `summary` (JSON), in file and line order; empty
    /// when the record may be shared. `caseFindings` say where in the case an identifier was typed;
    /// names are not looked for in `fixedLines` of the record, GPS's own text for every case.
    /// `unlisted`: the case's people in no list, when the caller has already found them.
    public static func leaks(
        in record: String, summary: String, of caseFile: CaseFile, today: CaseDay? = nil,
        caseFindings: [(finding: IdentifierFinding, place: String)] = [], fixedLines: Set<String> = [],
        caseTexts: [(text: String, place: String)] = [], unlisted: UnlistedNames? = nil
    ) -> [ArchiveLeak] {
        let names = NamePatterns(caseFile, unlisted: unlisted ?? UnlistedNames(caseFile))
        let scanner = IdentifierScanner(today: today)
        var leaks: [ArchiveLeak] = []
        for (file, text) in [(ArchiveLeak.File.record, record), (.summary, summary)] {
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                for finding in scanner.scan(line) {
                    let inCase = caseFindings.first { $0.finding.kind == finding.kind && $0.finding.text == finding.text }
                    leaks.append(
                        ArchiveLeak(
                            file: file, line: offset + 1, kind: .identifier(finding.kind),
                            hint: ArchiveLeak.shortened(finding.text), caseLocation: inCase?.place))
                }
                if file == .record, fixedLines.contains(line) { continue }
                for name in names.mentions(in: line) {
                    let inCase = caseTexts.first { !names.mentions(in: $0.text).filter { $0 == name }.isEmpty }
                    leaks.append(ArchiveLeak(file: file, line: offset + 1, kind: .name, hint: name, caseLocation: inCase?.place))
                }
            }
        }
        return leaks
    }

    /// Every real name the case holds: its stakeholders (also those of earlier ecograms), the
    /// colleagues and facilitator of its intervisions, and the people she mentions who are in
    /// no list (`UnlistedNames`, only with a capital: "amber" in small letters is a colour).
    static func names(of caseFile: CaseFile, unlisted: UnlistedNames? = nil) -> [(name: String, needsCapital: Bool)] {
        var result: [(String, Bool)] = []
        var seen = Set<String>()
        func add(_ name: String) {
            let key = ArchiveText.folded(name)
            guard name.count >= 2, seen.insert(key).inserted else { return }
            result.append((name, !name.contains(" ") && CommonWordName.contains(name)))
        }
        for person in caseFile.stakeholders + caseFile.ecograms.flatMap(\.stakeholders) {
            let name = PersonName(person.name)
            guard name.isProper else { continue }
            add(name.cleaned)
            if [.client, .household, .informal].contains(person.category) { name.properParts.forEach(add) }
        }
        for session in caseFile.intervisions {
            for colleague in session.participants + [session.facilitator].compactMap({ $0 }) {
                let name = PersonName(colleague)
                guard name.isProper else { continue }
                add(name.cleaned)
                name.properParts.forEach(add)
            }
        }
        for unlisted in (unlisted ?? UnlistedNames(caseFile)).names where seen.insert(ArchiveText.folded(unlisted.name)).inserted {
            result.append((unlisted.name, true))
        }
        return result
    }

    /// Patterns that find a name in any case and with or without its accents (Chloe, CHLOÉ),
    /// also inflected (Ilses, Jantje); a name that is also a common word only with a capital.
    private struct NamePatterns {
        let patterns: [(name: String, pattern: TextPattern, needsCapital: Bool)]

        init(_ caseFile: CaseFile, unlisted: UnlistedNames) {
            patterns = ArchiveGate.names(of: caseFile, unlisted: unlisted).map { name, needsCapital in
                let letters = name.split(separator: " ").map { word in
                    word.map { Self.variants(of: $0) }.joined()
                }.joined(separator: #"\s+"#)
                let pattern = #"(?<![\p{L}\p{N}_])("# + letters + #")('s|’s|'|’|s|tje|ke)?(?![\p{L}\p{N}_])"#
                return (name, TextPattern(pattern, caseInsensitive: true), needsCapital)
            }
        }

        func mentions(in line: String) -> [String] {
            var found: [String] = []
            for (_, pattern, needsCapital) in patterns {
                for groups in pattern.groups(in: line) {
                    guard let range = groups[1] else { continue }
                    if needsCapital, line[range].first?.isUppercase != true { continue }
                    found.append(String(line[range]))
                }
            }
            return found
        }

        /// A character class of the letter with every accent it commonly takes.
        private static func variants(of character: Character) -> String {
            let base = ArchiveText.folded(String(character))
            guard let accents = accented[base] else { return TextPattern.escaped(String(character)) }
            return "[" + base + accents + accents.uppercased() + "]"
        }

        private static let accented: [String: String] = [
            "a": "àáâãäåā", "e": "èéêëēė", "i": "ìíîïī", "o": "òóôõöøō", "u": "ùúûüū", "c": "çć", "n": "ñń",
            "y": "ýÿ", "s": "šś", "z": "žź",
        ]
    }
}
