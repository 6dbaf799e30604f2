import Foundation

/// What `gps archief zoek` searches: every record's summary fields and its Markdown, once as
/// written and once folded (`ArchiveText`), in one file inside the clone's `.git`. It is
/// rebuilt when its stamp (the commit and the records folder's change time) no longer matches,
/// so a search reads one file instead of ten thousand.
///
/// The file: a header line with the stamp; one line per record, starting with the byte lengths
/// of its two texts (ten digits each) and its month, so loading never splits strings, and ending
/// with the stamp of its two files; an empty line; then each record's folded text followed by
/// its original text. A rebuild reads again only the records whose files changed.
public struct ArchiveIndex: Sendable {
    /// Byte ranges in `storage`; the fields are read only when a search needs them.
    struct Entry: Sendable {
        var month: Range<Int>
        /// The tab-separated fields after the month: id, title, decision, provisions, rules, values.
        var fields: Range<Int>
        /// The record's two files as they were read: inode, size and change time of each.
        var source: Range<Int>
        var folded: Range<Int>
        var original: Range<Int>
    }

    static let header = "gps-archief-index 3"
    /// Ends a record's fields and starts the stamp of its files.
    static let sourceSeparator: UInt8 = 0x1D
    static let fieldCount = 6
    /// Separates the items of one field, and the parts of one provision.
    static let itemSeparator: Character = "\u{1F}"
    static let partSeparator: Character = "\u{1E}"

    let entries: [Entry]
    let storage: Data

    public var count: Int { entries.count }

    // MARK: - Building

    /// How many records the last build read from their files; the others came from the
    /// previous index unchanged.
    public private(set) var recordsRead = 0

    /// Reads every `records/*.json` and its `.md`; a summary that does not read is left out.
    /// A record whose two files have the stamp they had in `previous` is taken from it as is.
    public static func build(records: URL, stamp: String, reusing previous: ArchiveIndex? = nil) -> ArchiveIndex {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []
        let earlier = previous?.entriesByID() ?? [:]
        // GPS's own JSON reader: several times quicker than JSONDecoder over ten thousand files.
        let decoder = JSONValueDecoder()
        var items: [Item] = []
        var read = 0
        for name in names where name.hasSuffix(".json") {
            let archiveID = String(name.dropLast(5))
            guard ArchiveID.isValid(archiveID) else { continue }
            let source = fileStamp(records.appending(path: name)) + "/" + fileStamp(records.appending(path: archiveID + ".md"))
            if let previous, let entry = earlier[archiveID], previous.text(entry.source) == source {
                items.append(previous.item(entry, id: archiveID))
                continue
            }
            read += 1
            // Regular files only: a link a colleague committed could point at her own private files.
            guard let json = try? NoFollowFile.read(records.appending(path: name).path).data,
                let summary = try? decoder.decode(ArchiveSummary.self, from: json), ArchiveQuery.isMonth(summary.month)
            else { continue }
            let markdown = (try? NoFollowFile.read(records.appending(path: archiveID + ".md").path).data) ?? Data()
            items.append(
                Item(
                    id: archiveID, month: summary.month, fields: line(for: summary, archiveID: archiveID), source: source,
                    folded: Data(ArchiveText.foldedBytes(Array(markdown))), original: markdown))
        }
        // Newest month first, then by id: the order a search lists them in.
        items.sort { $0.month != $1.month ? $0.month > $1.month : $0.id < $1.id }
        var lines = Data()
        var body = Data()
        body.reserveCapacity(items.reduce(0) { $0 + $1.folded.count + $1.original.count })
        for item in items {
            let lengths = String(format: "%010d%010d", item.folded.count, item.original.count)
            lines.append(Data((lengths + item.month + "\t" + item.fields).utf8))
            lines.append(sourceSeparator)
            lines.append(Data((item.source + "\n").utf8))
            body.append(item.folded)
            body.append(item.original)
        }
        let file = Data((header + "\t" + stamp + "\n").utf8) + lines + Data("\n".utf8) + body
        // Reading what was just written keeps one reader for both paths.
        var index = (try? parse(file)) ?? ArchiveIndex(entries: [], storage: Data())
        index.recordsRead = read
        return index
    }

    /// One record as the index keeps it.
    private struct Item {
        var id: String
        var month: String
        var fields: String
        var source: String
        var folded: Data
        var original: Data
    }

    private func item(_ entry: Entry, id: String) -> Item {
        Item(
            id: id, month: text(entry.month), fields: text(entry.fields), source: text(entry.source),
            // Slices share the previous file's bytes; they are copied once, into the new file.
            folded: storage[shifted(entry.folded)], original: storage[shifted(entry.original)])
    }

    private func entriesByID() -> [String: Entry] {
        var byID: [String: Entry] = [:]
        for entry in entries {
            let fields = text(entry.fields)
            byID[String(fields.prefix { $0 != "\t" })] = entry
        }
        return byID
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: storage[shifted(range)], as: UTF8.self) }

    /// An entry's range, which counts from the start of the file, as indexes of `storage`.
    private func shifted(_ range: Range<Int>) -> Range<Int> { storage.startIndex + range.lowerBound..<storage.startIndex + range.upperBound }

    /// A file as found now: inode, size and change time to the nanosecond, without following a
    /// link; "-" when it is not there. Git replaces a file it changes, so any change shows.
    private static func fileStamp(_ url: URL) -> String {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return "-" }
        #if canImport(Darwin)
            let time = info.st_ctimespec
        #else
            let time = info.st_ctim
        #endif
        return "\(info.st_ino).\(info.st_size).\(time.tv_sec).\(time.tv_nsec)"
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

    /// The text with the index's separators (tab, line breaks, 0x1D, 0x1E, 0x1F) made spaces.
    private static func clean(_ text: String) -> String {
        let separators: Set<UInt8> = [0x09, 0x0A, 0x0D, 0x1D, 0x1E, 0x1F]
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
            var lines: [(lengths: (Int, Int), month: Range<Int>, fields: Range<Int>, source: Range<Int>)] = []
            while start < count, base[start] != 0x0A {
                guard let end = nextLine(after: start, in: base, count: count), end - start > 28,
                    let folded = number(base + start, 10), let original = number(base + start + 10, 10),
                    let separator = (start + 28..<end - 1).last(where: { base[$0] == sourceSeparator })
                else { throw Unreadable() }
                lines.append(((folded, original), start + 20..<start + 27, start + 28..<separator, separator + 1..<end - 1))
                start = end
            }
            var offset = start + 1
            return try lines.map { line in
                let folded = offset..<offset + line.lengths.0
                let original = folded.upperBound..<folded.upperBound + line.lengths.1
                guard original.upperBound <= count else { throw Unreadable() }
                offset = original.upperBound
                return Entry(month: line.month, fields: line.fields, source: line.source, folded: folded, original: original)
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

    /// The stored index whatever its stamp, for a rebuild to take unchanged records from; nil
    /// when there is none or it is of another format.
    public static func loadStale(from url: URL) -> ArchiveIndex? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        let expected = Data((header + "\t").utf8)
        guard data.count >= expected.count, data.prefix(expected.count) == expected else { return nil }
        return try? parse(data)
    }

    public func save(to url: URL) throws(StorageError) {
        try PrivateFile.write(storage, to: url)
    }
}
