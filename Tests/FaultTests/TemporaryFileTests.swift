import Foundation
import GPSKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A process killed in the middle of a save leaves its temporary file, with case content, behind.
/// Its name starts with the case id, so `ls` shows it and the README's `rm cases/ID.*` removes it
/// with the case; the next save removes it once it is older than a day and its process is gone.
@Suite struct TemporaryFileTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func importedCase() throws -> String {
        try FaultGPS.importedCase(environment: environment)
    }

    /// SIGXFSZ (a file-size limit of 8 blocks, the signal's default action restored by `env`, as
    /// the test runner ignores it) kills `gps` inside its first save, after the temporary file is
    /// made and before the rename: as a SIGKILL would.
    private func killedInTheMiddleOfASave(_ id: String) throws -> [String] {
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: cases.path))
        let killed = try LiveGPS(
            [
                "--default-signal=XFSZ", "/bin/sh", "-c", #"ulimit -c 0 && ulimit -f 8 && exec "$0" "$@""#,
                FaultGPS.binary.path, "verder", id, "--vanaf", "trigger",
            ],
            environment: environment, executable: URL(fileURLWithPath: "/usr/bin/env"))
        killed.send(["Een nieuw begin", ""])
        let ending = killed.finish()
        #expect(ending.reason == .uncaughtSignal && ending.status == SIGXFSZ, "\(ending.reason) \(ending.status) \(ending.stderr)")
        return try FileManager.default.contentsOfDirectory(atPath: cases.path).filter { !before.contains($0) }
    }

    private func age(_ name: String, days: Double) {
        let then = Date().addingTimeInterval(-days * 86_400).timeIntervalSince1970
        var times = [timeval(tv_sec: Int(then), tv_usec: 0), timeval(tv_sec: Int(then), tv_usec: 0)]
        utimes(cases.appending(path: name).path, &times)
    }

    @Test func aTemporaryFileLeftByAKillIsCoveredByTheDeleteRecipeAndPrivate() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let left = try killedInTheMiddleOfASave(id)
        #expect(left.count == 1, "\(left)")
        for name in left {
            #expect(fnmatch("\(id).*", name, 0) == 0, "rm cases/\(id).* removes \(name)")
            #expect(!name.hasPrefix("."), "ls shows \(name)")
            #expect(FaultGPS.mode(of: cases.appending(path: name).path) == 0o600)
        }
        #expect(try FaultGPS.run(["lijst", "--ids"], environment: environment).stdout == id + "\n")
    }

    @Test func theNextSaveRemovesAStaleTemporaryFileOnly() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let stale = try #require(try killedInTheMiddleOfASave(id).first)
        age(stale, days: 2)
        let recent = try #require(try killedInTheMiddleOfASave(id).first)
        let living = "\(id).json.\(getpid()).12345.tmp"
        try Data("still being written".utf8).write(to: cases.appending(path: living))
        age(living, days: 2)
        let olderVersion = ".\(id).json.\(Int32.max - 1).777.tmp"
        try Data("from an older gps".utf8).write(to: cases.appending(path: olderVersion))
        age(olderVersion, days: 2)

        let saved = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["Een nieuw begin", ""], environment: environment)
        #expect(saved.status == 0, "\(saved.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: cases.path))
        #expect(!names.contains(stale), "older than a day, its process gone")
        #expect(!names.contains(olderVersion), "the hidden name of older versions")
        #expect(names.contains(recent), "less than a day old")
        #expect(names.contains(living), "its process still runs")
    }
}
