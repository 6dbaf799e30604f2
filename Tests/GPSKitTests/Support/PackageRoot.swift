import Foundation

/// The package's root folder, found from this source file, so tests read the real data files.
enum PackageRoot {
    static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // GPSKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func file(_ relativePath: String) -> URL {
        url.appending(path: relativePath)
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: file(relativePath), encoding: .utf8)
    }
}
