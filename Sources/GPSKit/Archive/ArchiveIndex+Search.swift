import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ArchiveIndex {
    /// The records that match every part of `query`, newest month first, each with the line
    /// that matched: the line of text, the provision's verdict, the rule, the value, or else
    /// the decision.
    public func search(_ query: ArchiveQuery) -> [ArchiveMatch] {
        let needle = query.text.map { ArchiveText.foldedBytes(Array($0.trimmingCharacters(in: .whitespaces).utf8)) } ?? []
        let article = query.article.map(ArchiveQuery.provisionKey)
        let foldedArticle = query.article.map { ArchiveText.folded($0).trimmingCharacters(in: .whitespaces) }
        let rule = query.rule?.trimmingCharacters(in: .whitespaces).uppercased()
        let value = query.value.map { ArchiveText.folded($0).trimmingCharacters(in: .whitespaces) }
        var matches: [ArchiveMatch] = []
        storage.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            for entry in entries {
                if let from = query.from, entry.month < from { continue }
                if let until = query.until, entry.month > until { continue }
                var line: String?
                if article != nil || query.verdict != nil {
                    let provision = entry.provisions.first { provision in
                        // "458" is that article exactly, not 458bis; words search the names.
                        let named =
                            article.map { key in
                                key == provision.key
                                    || (!(key.first?.isNumber ?? true) && provision.foldedName.contains(foldedArticle!))
                            } ?? true
                        return named && (query.verdict.map { $0 == provision.verdict } ?? true)
                    }
                    guard let provision else { continue }
                    line = provision.name + ": " + provision.verdict.rawValue
                }
                if let rule {
                    guard entry.rules.contains(rule) else { continue }
                    line = line ?? rule
                }
                if let value {
                    guard let found = entry.values.first(where: { $0.contains(value) }) else { continue }
                    line = line ?? found
                }
                if !needle.isEmpty {
                    guard let found = Self.find(needle, in: entry, base: base) else { continue }
                    line = found
                }
                matches.append(
                    ArchiveMatch(archiveID: entry.archiveID, month: entry.month, title: entry.title, line: line ?? entry.decision))
            }
        }
        return matches.sorted { $0.month != $1.month ? $0.month > $1.month : $0.archiveID < $1.archiveID }
    }

    /// Where `needle` first occurs in `count` bytes from `haystack`: memchr for its first byte,
    /// memcmp for the rest (glibc's memmem is not visible to Swift).
    static func firstOffset(of needle: [UInt8], in haystack: UnsafeRawPointer, count: Int) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        let last = count - needle.count
        var position = 0
        return needle.withUnsafeBytes { pattern -> Int? in
            while position <= last, let found = memchr(haystack + position, Int32(first), last - position + 1) {
                let offset = haystack.distance(to: UnsafeRawPointer(found))
                if memcmp(found, pattern.baseAddress!, needle.count) == 0 { return offset }
                position = offset + 1
            }
            return nil
        }
    }

    /// The original line of the first place the folded words occur in the record's text.
    private static func find(_ needle: [UInt8], in entry: Entry, base: UnsafeRawPointer) -> String? {
        let folded = base + entry.folded.lowerBound
        guard let offset = firstOffset(of: needle, in: folded, count: entry.folded.count) else { return nil }
        var lineNumber = 0
        var position = 0
        while let newline = memchr(folded + position, 0x0A, offset - position) {
            lineNumber += 1
            position = folded.distance(to: UnsafeRawPointer(newline)) + 1
        }
        let original = base + entry.original.lowerBound
        var start = 0
        for _ in 0..<lineNumber {
            guard let newline = memchr(original + start, 0x0A, entry.original.count - start) else { return nil }
            start = original.distance(to: UnsafeRawPointer(newline)) + 1
        }
        let end = memchr(original + start, 0x0A, entry.original.count - start).map { original.distance(to: UnsafeRawPointer($0)) }
            ?? entry.original.count
        let text = String(decoding: UnsafeRawBufferPointer(start: original + start, count: end - start), as: UTF8.self)
        // A Markdown hard break ends in a backslash; on one line it is noise.
        var line = text.trimmingCharacters(in: .whitespaces)
        if line.hasSuffix("\\") { line.removeLast() }
        return line
    }
}
