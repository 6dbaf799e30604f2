import Foundation

/// A small settings file: one `key = value` a line, `#` starts a comment. Written private
/// (0600) and atomically; keys GPS does not know are kept as they are. GPS's config and the
/// local map of case ids to archive ids are such files.
public struct KeyValueFile: Sendable, Equatable {
    public private(set) var entries: [(key: String, value: String)]

    public init(entries: [(key: String, value: String)] = []) {
        self.entries = entries
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.entries.map(\.key) == rhs.entries.map(\.key) && lhs.entries.map(\.value) == rhs.entries.map(\.value)
    }

    public init(parsing text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return nil }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            return key.isEmpty ? nil : (key, value)
        }
    }

    public subscript(key: String) -> String? {
        get { entries.last { $0.key == key }?.value }
        set {
            let others = entries.filter { $0.key != key }
            entries = newValue.map { others + [(key, $0)] } ?? others
        }
    }

    public var text: String {
        entries.map { "\($0.key) = \($0.value)\n" }.joined()
    }

    /// The settings at `url`; none when the file is not there yet.
    public static func load(from url: URL) throws(ArchiveError) -> KeyValueFile {
        guard FileManager.default.fileExists(atPath: url.path) else { return KeyValueFile() }
        do {
            return KeyValueFile(parsing: String(decoding: try NoFollowFile.read(url.path).data, as: UTF8.self))
        } catch {
            throw .config(path: url.path, reason: Self.reason(error))
        }
    }

    public func save(to url: URL) throws(ArchiveError) {
        do {
            try PrivateFile.makeFolder(url.deletingLastPathComponent())
            try PrivateFile.write(Data(text.utf8), to: url)
        } catch {
            throw .config(path: url.path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: StorageError) -> String {
        switch error {
        case .cannotCreateFolder(_, let reason), .cannotWrite(_, let reason), .cannotRead(_, let reason): reason
        case .symbolicLink: "symbolic link"
        case .notARegularFile: "not a regular file"
        }
    }
}
