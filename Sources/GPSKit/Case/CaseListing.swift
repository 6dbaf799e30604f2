import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `gps lijst` shows of each case, kept in a small private index beside the cases
/// (`cases/.index`), so that listing thousands of cases reads one file and looks at the others'
/// size and time only. An entry counts while its case file has the same size and modification
/// time; any other case is read again and the index rewritten. The index is a cache: losing it,
/// or two runs writing it at once, costs time, never a case.
public struct CaseListing {
    public struct Row: Equatable, Sendable {
        public var id: CaseID
        public var date: String
        /// "12/38": questions settled of those that apply.
        public var progress: String
        public var title: String

        public init(id: CaseID, date: String, progress: String, title: String) {
            self.id = id
            self.date = date
            self.progress = progress
            self.title = title
        }
    }

    let store: CaseStore

    public init(store: CaseStore) {
        self.store = store
    }

    public var indexURL: URL { store.folder.appending(path: ".index") }

    /// Every case in id order: its row, or why it could not be read. `describe` makes the row of
    /// a case that had to be read (the progress needs its route, which the caller knows).
    public func rows(describe: (CaseFile) -> Row, now: Date = Date()) -> [Result<Row, CaseStoreError>] {
        let cached = readIndex()
        var fresh: [String: IndexEntry] = [:]
        var results: [Result<Row, CaseStoreError>] = []
        var changed = false
        for id in store.ids() {
            let stamp = FileStamp(path: store.url(for: id).path)
            if let stamp, let entry = cached[id.rawValue], entry.stamp == stamp {
                fresh[id.rawValue] = entry
                results.append(.success(entry.row))
                continue
            }
            changed = true
            do {
                let row = describe(try store.load(id.rawValue))
                if let stamp, stamp.isSettled(now: now) { fresh[id.rawValue] = IndexEntry(row: row, stamp: stamp) }
                results.append(.success(row))
            } catch {
                results.append(.failure(error))
            }
        }
        if changed || fresh.count != cached.count { writeIndex(fresh) }
        return results
    }

    struct IndexEntry: Equatable {
        var row: Row
        var stamp: FileStamp
    }

    private static let header = "gps-index 1"

    private func readIndex() -> [String: IndexEntry] {
        guard let data = FileManager.default.contents(atPath: indexURL.path) else { return [:] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header) else { return [:] }
        var entries: [String: IndexEntry] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let id = CaseID(fields[0]), let size = Int64(fields[1]), let time = Int64(fields[2])
            else { return [:] }
            let row = Row(id: id, date: fields[3], progress: fields[4], title: Self.unescaped(fields[5]))
            entries[id.rawValue] = IndexEntry(row: row, stamp: FileStamp(size: size, modified: time))
        }
        return entries
    }

    /// Best effort: a listing that cannot write its index still lists.
    private func writeIndex(_ entries: [String: IndexEntry]) {
        var text = Self.header + "\n"
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            let fields = [
                entry.row.id.rawValue, String(entry.stamp.size), String(entry.stamp.modified),
                Self.escaped(entry.row.date), Self.escaped(entry.row.progress), Self.escaped(entry.row.title),
            ]
            text += fields.joined(separator: "\t") + "\n"
        }
        try? PrivateFile.write(Data(text.utf8), to: indexURL)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A file's size and modification time in nanoseconds: enough to tell that a case changed.
struct FileStamp: Equatable {
    var size: Int64
    var modified: Int64

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// A file changed less than two seconds ago may change again within the same clock tick
    /// without its stamp moving (as git's "racily clean" files); such a file is not cached.
    func isSettled(now: Date) -> Bool {
        Double(modified) / 1_000_000_000 < now.timeIntervalSince1970 - 2
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
