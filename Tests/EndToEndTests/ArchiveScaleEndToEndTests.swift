import Foundation
import Testing

/// `gps archief zoek` over an archive of 10,000 records (made by `Scripts/make-archive.py` from
/// the worked examples as `deel` shares them): at most a second, and no slower than `git grep`
/// for the same words on the same clone, finding the same records.
@Suite struct ArchiveScaleEndToEndTests {
    static let records = 10_000
    let folder = FileManager.default.temporaryDirectory.appending(path: "gps-archief-schaal-\(UUID().uuidString)")

    /// Runs a program found on `PATH`; its standard output.
    @discardableResult
    func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), Date().timeIntervalSince(start))
    }

    func fastest(_ times: Int, _ body: () throws -> Double) rethrows -> Double {
        try (0..<times).map { _ in try body() }.min()!
    }

    @Test func searchingTenThousandRecordsIsFastAndFindsWhatGitGrepFinds() throws {
        var author = GPSProcess()
        author.extraEnvironment = ["GIT_AUTHOR_NAME": "An", "GIT_AUTHOR_EMAIL": "an@x.example", "GIT_COMMITTER_NAME": "An", "GIT_COMMITTER_EMAIL": "an@x.example"]
        #expect(try author.run(["archief", "koppel", folder.appending(path: "archief.git").path]).status == 0)
        for example in ["partnergeweld", "zwartwerk", "oogje-in-het-zeil", "blauwe-plekken", "melding-niet-gedekt"] {
            let id = try author.run(["nieuw", "--antwoorden", examplesFolder.appending(path: "\(example)/antwoorden.json").path])
                .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try author.run(["archief", "deel", id]).status == 0)
        }
        let reader = GPSProcess()
        defer {
            for made in [folder, author.dataFolder, reader.dataFolder] { try? FileManager.default.removeItem(at: made) }
        }
        let clone = reader.dataFolder.appending(path: "archief")
        let script = examplesFolder.deletingLastPathComponent().appending(path: "Scripts/make-archive.py")
        let made = try run([
            "python3", script.path, author.dataFolder.appending(path: "archief/records").path, clone.path, String(Self.records),
        ])
        try #require(made.status == 0, "Scripts/make-archive.py needs python3 and git")
        // The first search builds the index; the timed ones use it.
        #expect(try reader.run(["archief", "zoek", "opbouw"]).status == 0)
        for words in ["verantwoordelijke", "consulent", "zwartwerk", "parket"] {
            let found = try reader.run(["archief", "zoek", words])
            #expect(found.status == 0)
            let ids = Set(found.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.prefix(12)) })
            let files = try run(["git", "grep", "-i", "-F", "-l", words, "--", "*.md"], in: clone).output
            let grepped = Set(files.split(separator: "\n").map { String($0.dropFirst("records/".count).dropLast(3)) })
            #expect(ids == grepped, "\(words): \(ids.count) records against git grep's \(grepped.count)")
            let zoek = try fastest(3) {
                let start = Date()
                _ = try reader.run(["archief", "zoek", words])
                return Date().timeIntervalSince(start)
            }
            let grep = try fastest(3) { try run(["git", "grep", "-i", "-F", "-n", words], in: clone).seconds }
            #expect(zoek <= 1.0, "\(words): \(zoek) s")
            #expect(zoek <= grep, "\(words): gps \(zoek) s, git grep \(grep) s")
        }
        let filtered = try reader.run(["archief", "zoek", "--artikel", "458bis", "--oordeel", "niet-gedekt", "--van", "2025-01"])
        #expect(filtered.status == 0 && filtered.stderr.contains("verslagen gevonden"))
    }
}
