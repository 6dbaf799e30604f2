import Foundation

extension ArchiveIndex {
    /// The records that match every part of `query`, newest month first, each with the line
    /// that matched: the line of text, the provision's verdict, the rule, the value, or else
    /// the decision.
    public func search(_ query: ArchiveQuery) -> [ArchiveMatch] {
        let needle = query.text.map { ArchiveText.foldedBytes(Array($0.trimmingCharacters(in: .whitespaces).utf8)) } ?? []
        let article = query.article.map { Array(ArchiveQuery.provisionKey($0).utf8) }
        let articleIsNumber = article?.first.map { (0x30...0x39).contains($0) } ?? true
        let articleName = query.article.map { NeedleFinder(Array(ArchiveText.folded($0).trimmingCharacters(in: .whitespaces).utf8)) }
        let verdict = query.verdict.map { Array($0.rawValue.utf8) }
        let rule = query.rule.map { Array($0.trimmingCharacters(in: .whitespaces).uppercased().utf8) }
        let value = query.value.map { NeedleFinder(Array(ArchiveText.folded($0).trimmingCharacters(in: .whitespaces).utf8)) }
        let from = query.from.map { Array($0.utf8) }
        let until = query.until.map { Array($0.utf8) }
        let finder = needle.isEmpty ? nil : NeedleFinder(needle)
        var matches: [ArchiveMatch] = []
        storage.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
            }
            for entry in entries {
                if let from, Self.compare(base + entry.month.lowerBound, from) < 0 { continue }
                if let until, Self.compare(base + entry.month.lowerBound, until) > 0 { continue }
                var line: String?
                if let finder {
                    guard let found = finder.firstOffset(in: base + entry.folded.lowerBound, count: entry.folded.count) else {
                        continue
                    }
                    line = Self.originalLine(at: found, of: entry, base: base)
                }
                let fields = Self.split(entry.fields, at: 0x09, base: base)
                guard fields.count == Self.fieldCount else { continue }
                var because: String?
                if article != nil || verdict != nil {
                    let provision = Self.split(fields[3], at: 0x1F, base: base).lazy.map { Self.split($0, at: 0x1E, base: base) }
                        .first { parts in
                            guard parts.count == 4 else { return false }
                            // "458" is that article exactly, not 458bis; words search the names.
                            let named =
                                article.map { key in
                                    Self.equal(parts[0], key, base)
                                        || (!articleIsNumber
                                            && articleName!.firstOffset(in: base + parts[1].lowerBound, count: parts[1].count) != nil)
                                } ?? true
                            return named && (verdict.map { Self.equal(parts[3], $0, base) } ?? true)
                        }
                    guard let provision else { continue }
                    because = text(provision[2]) + ": " + text(provision[3])
                }
                if let rule {
                    guard Self.split(fields[4], at: 0x1F, base: base).contains(where: { Self.equal($0, rule, base) }) else { continue }
                    because = because ?? String(decoding: rule, as: UTF8.self)
                }
                if let value {
                    guard let found = Self.split(fields[5], at: 0x1F, base: base).first(where: {
                        value.firstOffset(in: base + $0.lowerBound, count: $0.count) != nil
                    }) else { continue }
                    because = because ?? text(found)
                }
                matches.append(
                    ArchiveMatch(
                        archiveID: text(fields[0]), month: text(entry.month), title: text(fields[1]),
                        line: line ?? because ?? text(fields[2])))
            }
        }
        // The index is in this order already.
        return matches
    }

    private static func compare(_ month: UnsafePointer<UInt8>, _ bound: [UInt8]) -> Int32 {
        guard bound.count == 7 else {
            let text = String(decoding: UnsafeBufferPointer(start: month, count: 7), as: UTF8.self)
            let other = String(decoding: bound, as: UTF8.self)
            return text < other ? -1 : text > other ? 1 : 0
        }
        return bound.withUnsafeBytes { memcmp(month, $0.baseAddress!, 7) }
    }

    /// The parts of `range` between the separator bytes; an empty range has none.
    private static func split(_ range: Range<Int>, at separator: UInt8, base: UnsafePointer<UInt8>) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        while let found = memchr(base + start, Int32(separator), range.upperBound - start) {
            let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            parts.append(start..<end)
            start = end + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    private static func equal(_ range: Range<Int>, _ bytes: [UInt8], _ base: UnsafePointer<UInt8>) -> Bool {
        range.count == bytes.count && bytes.withUnsafeBytes { memcmp(base + range.lowerBound, $0.baseAddress!, bytes.count) == 0 }
    }

    /// The original line that holds folded byte `offset`: folding keeps line breaks, so it is
    /// the line with the same number.
    private static func originalLine(at offset: Int, of entry: Entry, base: UnsafePointer<UInt8>) -> String {
        let folded = UnsafeRawPointer(base + entry.folded.lowerBound)
        var lineNumber = 0
        var position = 0
        while position < offset, let newline = memchr(folded + position, 0x0A, offset - position) {
            lineNumber += 1
            position = folded.distance(to: UnsafeRawPointer(newline)) + 1
        }
        let original = UnsafeRawPointer(base + entry.original.lowerBound)
        let count = entry.original.count
        var start = 0
        for _ in 0..<lineNumber {
            guard start < count, let newline = memchr(original + start, 0x0A, count - start) else { return "" }
            start = original.distance(to: UnsafeRawPointer(newline)) + 1
        }
        var end = count
        if start < count, let newline = memchr(original + start, 0x0A, count - start) {
            end = original.distance(to: UnsafeRawPointer(newline))
        }
        let bytes = base + entry.original.lowerBound
        // Indents and trailing blanks go, and the backslash of a Markdown hard break, noise on one line.
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, [0x20, 0x09, 0x0D, 0x5C].contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self)
    }
}

/// Finds folded words in folded bytes: memchr for the needle's least common byte, memcmp for
/// the whole (glibc's memmem is not visible to Swift). Common letters would stop memchr every
/// few bytes; a rare one lets it run.
struct NeedleFinder {
    let needle: [UInt8]
    /// Where in the needle the byte memchr looks for sits.
    let anchor: Int

    init(_ needle: [UInt8]) {
        self.needle = needle
        let rank = Array(" etnaoirdslgvhkmubpwjzcfyxq".utf8)
        anchor = needle.indices.max { lhs, rhs in
            (rank.firstIndex(of: needle[lhs]) ?? rank.count) < (rank.firstIndex(of: needle[rhs]) ?? rank.count)
        } ?? 0
    }

    func firstOffset(in haystack: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        let byte = Int32(needle[anchor])
        let last = count - needle.count + anchor
        var position = anchor
        return needle.withUnsafeBytes { pattern -> Int? in
            while position <= last, let found = memchr(haystack + position, byte, last - position + 1) {
                let hit = UnsafeRawPointer(haystack).distance(to: UnsafeRawPointer(found))
                if memcmp(haystack + hit - anchor, pattern.baseAddress!, needle.count) == 0 { return hit - anchor }
                position = hit + 1
            }
            return nil
        }
    }
}
