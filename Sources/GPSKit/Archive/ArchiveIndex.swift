import Foundation

/// What `gps archief zoek` searches: every record's summary fields and its Markdown, once as
/// written and once folded (`ArchiveText`), in one file inside the clone's `.git`. It is
/// rebuilt when its stamp (the commit and the records folder's change time) no longer matches,
/// so a search reads one file instead of ten thousand.
///
/// The file: a header line with the stamp; one line per record, starting with the byte lengths
/// of its two texts (ten digits each) and its month, so loading never splits strings; an empty
/// line; then each record's folded text followed by its original text.
public struct ArchiveIndex: Sendable {
    /// Byte ranges in `storage`; the fields are read only when a search needs them.
    struct Entry: Sendable {
        var month: Range<Int>
        /// The tab-separated fields after the month: id, title, decision, provisions, rules, values.
        var fields: Range<Int>
        var folded: Range<Int>
        var original: Range<Int>
    }

    static let header = "gps-archief-index 2"
    static let fieldCount = 6
    /// Separates the items of one field, and the parts of one provision.
    static let itemSeparator: Character = "\u{1F}"
    static let partSeparator: Character = "\u{1E}"

    let entries: [Entry]
    let storage: Data

    public var count: Int { entries.count }

    // MARK: - Building

    /// Reads every `records/*.json` and its `.md`; a summary that does not read is left out.
    public static func build(records: URL, stamp: String) -> ArchiveIndex {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []
        // GPS's own JSON reader: several times quicker than JSONDecoder over ten thousand files.
        let decoder = JSONValueDecoder()
        var summaries: [(id: String, summary: ArchiveSummary)] = []
        for name in names where name.hasSuffix(".json") {
            let archiveID = String(name.dropLast(5))
            // Regular files only: a link a colleague committed could point at her own private files.
            guard ArchiveID.isValid(archiveID),
                let json = try? NoFollowFile.read(records.appending(path: name).path).data,
                let summary = try? decoder.decode(ArchiveSummary.self, from: json), ArchiveQuery.isMonth(summary.month)
            else { continue }
            summaries.append((archiveID, summary))
        }
        // Newest month first, then by id: the order a search lists them in.
        summaries.sort { $0.summary.month != $1.summary.month ? $0.summary.month > $1.summary.month : $0.id < $1.id }
        var lines = Data()
        var body = Data()
        for (archiveID, summary) in summaries {
            let markdown = (try? NoFollowFile.read(records.appending(path: archiveID + ".md").path).data) ?? Data()
            let folded = ArchiveText.foldedBytes(Array(markdown))
            let lengths = String(format: "%010d%010d", folded.count, markdown.count)
            lines.append(Data((lengths + summary.month + "\t" + line(for: summary, archiveID: archiveID) + "\n").utf8))
            body.append(contentsOf: folded)
            body.append(markdown)
        }
        let file = Data((header + "\t" + stamp + "\n").utf8) + lines + Data("\n".utf8) + body
        // Reading what was just written keeps one reader for both paths.
        return (try? parse(file)) ?? ArchiveIndex(entries: [], storage: Data())
    }

    private static func line(for summary: ArchiveSummary, archiveID: String) -> String {
        let provisions = summary.provisions.map { provision in
            [
                ArchiveQuery.provisionKey(provision.id), ArchiveText.folded(provision.name), clean(provision.name),
                provision.verdict.rawValue,
            ].joined(separator: String(partSeparator))
        }
        let rules = summary.findings.filter { $0.level != FindingLevel.ok.rawValue }.map { $0.rule.uppercased() }
        return [
            archiveID, clean(summary.title), clean(summary.decision ?? ""), provisions.joined(separator: String(itemSeparator)),
            rules.map(clean).joined(separator: String(itemSeparator)),
            summary.values.map { clean(ArchiveText.folded($0)) }.joined(separator: String(itemSeparator)),
        ].joined(separator: "\t")
    }

    /// The text with the index's separators (tab, line breaks, 0x1E, 0x1F) made spaces.
    private static func clean(_ text: String) -> String {
        let separators: Set<UInt8> = [0x09, 0x0A, 0x0D, 0x1E, 0x1F]
        guard text.utf8.contains(where: separators.contains) else { return text }
        return String(decoding: text.utf8.map { separators.contains($0) ? 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: - Reading and writing

    init(entries: [Entry], storage: Data) {
        self.entries = entries
        self.storage = storage
    }

    struct Unreadable: Error {}

    static func parse(_ data: Data) throws -> ArchiveIndex {
        let entries = try data.withUnsafeBytes { raw throws -> [Entry] in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { throw Unreadable() }
            let count = raw.count
            guard var start = nextLine(after: 0, in: base, count: count) else { throw Unreadable() }
            var lines: [(lengths: (Int, Int), month: Range<Int>, fields: Range<Int>)] = []
            while start < count, base[start] != 0x0A {
                guard let end = nextLine(after: start, in: base, count: count), end - start > 28,
                    let folded = number(base + start, 10), let original = number(base + start + 10, 10)
                else { throw Unreadable() }
                lines.append(((folded, original), start + 20..<start + 27, start + 28..<end - 1))
                start = end
            }
            var offset = start + 1
            return try lines.map { line in
                let folded = offset..<offset + line.lengths.0
                let original = folded.upperBound..<folded.upperBound + line.lengths.1
                guard original.upperBound <= count else { throw Unreadable() }
                offset = original.upperBound
                return Entry(month: line.month, fields: line.fields, folded: folded, original: original)
            }
        }
        return ArchiveIndex(entries: entries, storage: data)
    }

    /// The index just past the next line break from `start`.
    private static func nextLine(after start: Int, in base: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard start < count, let found = memchr(base + start, 0x0A, count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
    }

    private static func number(_ digits: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        var value = 0
        for index in 0..<length {
            let digit = Int(digits[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// The stored index when its stamp is `stamp`, else nil.
    public static func load(from url: URL, stamp: String) -> ArchiveIndex? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        // The stamp is on the first line: a stale index is not parsed at all.
        let expected = Data((header + "\t" + stamp + "\n").utf8)
        guard data.count >= expected.count, data.prefix(expected.count) == expected else { return nil }
        return try? parse(data)
    }

    public func save(to url: URL) throws(StorageError) {
        try PrivateFile.write(storage, to: url)
    }
}
