import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `gps archief zoek` searches: every record's summary fields and its Markdown, once as
/// written and once folded (`ArchiveText`), in one file inside the clone's `.git`. It is
/// rebuilt when its stamp (the commit and the records folder's change time) no longer matches,
/// so a search reads one file instead of ten thousand.
public struct ArchiveIndex: Sendable {
    struct Entry: Sendable {
        var archiveID: String
        var month: String
        var title: String
        var decision: String
        var provisions: [Provision]
        /// The rules with a finding that is not "in orde".
        var rules: Set<String>
        var values: [String]
        /// Byte ranges in `storage`.
        var folded: Range<Int>
        var original: Range<Int>
    }

    struct Provision: Sendable {
        var key: String
        var foldedName: String
        var name: String
        var verdict: ArchiveVerdict
    }

    static let header = "gps-archief-index 1"

    let stamp: String
    let entries: [Entry]
    let storage: Data

    public var count: Int { entries.count }

    // MARK: - Building

    /// Reads every `records/*.json` and its `.md`; a summary that does not read is left out.
    public static func build(records: URL, stamp: String) -> ArchiveIndex {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []
        var body = Data()
        var metadata: [(String, Int, Int)] = []
        let decoder = JSONDecoder()
        for name in names.sorted() where name.hasSuffix(".json") {
            let archiveID = String(name.dropLast(5))
            guard ArchiveID.isValid(archiveID),
                let json = try? Data(contentsOf: records.appending(path: name)),
                let summary = try? decoder.decode(ArchiveSummary.self, from: json)
            else { continue }
            let markdown = (try? Data(contentsOf: records.appending(path: archiveID + ".md"))) ?? Data()
            let folded = ArchiveText.foldedBytes(Array(markdown))
            metadata.append((line(for: summary, archiveID: archiveID), folded.count, markdown.count))
            body.append(contentsOf: folded)
            body.append(markdown)
        }
        var file = Data((header + "\t" + stamp + "\n").utf8)
        for (line, folded, original) in metadata {
            file.append(Data((line + "\t\(folded)\t\(original)\n").utf8))
        }
        file.append(Data("\n".utf8))
        file.append(body)
        // Parsing what was just written keeps one reader for both paths.
        return (try? parse(file)) ?? ArchiveIndex(stamp: stamp, entries: [], storage: Data())
    }

    private static func line(for summary: ArchiveSummary, archiveID: String) -> String {
        let provisions = summary.provisions.map { provision in
            [ArchiveQuery.provisionKey(provision.id), ArchiveText.folded(provision.name), clean(provision.name), provision.verdict.rawValue]
                .joined(separator: "\u{1E}")
        }
        let rules = summary.findings.filter { $0.level != FindingLevel.ok.rawValue }.map { $0.rule.uppercased() }
        return [
            archiveID, clean(summary.month), clean(summary.title), clean(summary.decision ?? ""),
            provisions.joined(separator: "\u{1F}"), rules.map(clean).joined(separator: "\u{1F}"),
            summary.values.map { clean(ArchiveText.folded($0)) }.joined(separator: "\u{1F}"),
        ].joined(separator: "\t")
    }

    private static func clean(_ text: String) -> String {
        String(text.map { "\t\n\r\u{1E}\u{1F}".contains($0) ? " " : $0 })
    }

    // MARK: - Reading and writing

    init(stamp: String, entries: [Entry], storage: Data) {
        self.stamp = stamp
        self.entries = entries
        self.storage = storage
    }

    struct Unreadable: Error {}

    /// The index in `data`: a header line, one line per record, an empty line, then the texts.
    static func parse(_ data: Data) throws -> ArchiveIndex {
        var lines: [String] = []
        let bodyStart: Int = data.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            var start = 0
            while start < raw.count, let found = memchr(base + start, 0x0A, raw.count - start) {
                let end = base.distance(to: UnsafeRawPointer(found))
                if end == start { return end + 1 }
                lines.append(String(decoding: UnsafeRawBufferPointer(rebasing: raw[start..<end]), as: UTF8.self))
                start = end + 1
            }
            return -1
        }
        guard bodyStart >= 0, let first = lines.first, first.hasPrefix(header + "\t") else { throw Unreadable() }
        let stamp = String(first.dropFirst(header.count + 1))
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        var offset = 0
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 9, let folded = Int(fields[7]), let original = Int(fields[8]) else { throw Unreadable() }
            let provisions = fields[4].split(separator: "\u{1F}").compactMap { part -> Provision? in
                let items = part.split(separator: "\u{1E}", omittingEmptySubsequences: false).map(String.init)
                guard items.count == 4, let verdict = ArchiveVerdict(rawValue: items[3]) else { return nil }
                return Provision(key: items[0], foldedName: items[1], name: items[2], verdict: verdict)
            }
            let foldedRange = bodyStart + offset..<bodyStart + offset + folded
            let originalRange = foldedRange.upperBound..<foldedRange.upperBound + original
            guard originalRange.upperBound <= data.count else { throw Unreadable() }
            entries.append(
                Entry(
                    archiveID: String(fields[0]), month: String(fields[1]), title: String(fields[2]),
                    decision: String(fields[3]), provisions: provisions,
                    rules: Set(fields[5].split(separator: "\u{1F}").map(String.init)),
                    values: fields[6].split(separator: "\u{1F}").map(String.init), folded: foldedRange,
                    original: originalRange))
            offset += folded + original
        }
        return ArchiveIndex(stamp: stamp, entries: entries, storage: data)
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
