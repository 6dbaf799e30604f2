import Foundation
import GPSKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Saving fails: the file is too large for the disk (a file-size limit stands in for a full
/// disk, because the tests may run as root, whom a read-only folder does not stop), the folder
/// is read-only, or the data folder lies under a file. Each time: exit 74, a message that
/// names the file, and the case as it was, byte for byte.
@Suite struct UnwritableStorageTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func importedCase() throws -> (id: String, file: URL, bytes: Data) {
        let example = FaultGPS.packageRoot.appending(path: "Examples/partnergeweld/antwoorden.json").path
        let made = try FaultGPS.run(["nieuw", "--antwoorden", example], environment: environment)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = cases.appending(path: "\(id).json")
        return (id, file, try Data(contentsOf: file))
    }

    @Test func aFullDiskEndsWith74NamesTheFileAndKeepsThePreviousSave() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (id, file, before) = try importedCase()
        #expect(before.count > 8 * 512, "the case must be larger than the limit below")
        // RLIMIT_FSIZE of 8 blocks: writing past 4 KB fails with EFBIG instead of raising SIGXFSZ.
        let limited = try LiveGPS(
            ["-c", #"ulimit -f 8 && trap "" XFSZ && exec "$0" "$@""#, FaultGPS.binary.path, "verder", id, "--vanaf", "trigger"],
            environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
        limited.send(["Een nieuw begin", ""])
        let ending = limited.finish()
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(ending.stderr.contains(file.path), "\(ending.stderr)")
        #expect(ending.stderr.contains("File too large") || ending.stderr.contains("te groot"), "\(ending.stderr)")
        #expect(try Data(contentsOf: file) == before)
        #expect(FaultGPS.mode(of: file.path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cases.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test(.enabled(if: geteuid() != 0, "root writes in a 0500 folder; the file-size test covers root"))
    func aReadOnlyFolderEndsWith74AndKeepsTheCase() throws {
        defer {
            chmod(cases.path, 0o700)
            try? FileManager.default.removeItem(at: folder)
        }
        let (id, file, before) = try importedCase()
        chmod(cases.path, 0o500)
        let ending = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["x", ""], environment: environment)
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(ending.stderr.contains(cases.path), "\(ending.stderr)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func aDataFolderUnderAFileEndsWith74NamingIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try PrivateFile.makeFolder(folder)
        let blocker = folder.appending(path: "not-a-folder")
        _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        var environment = environment
        environment["GPS_DATA_DIR"] = blocker.appending(path: "gps").path
        let example = FaultGPS.packageRoot.appending(path: "Examples/zwartwerk/antwoorden.json").path
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", example], environment: environment)
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(ending.stderr.contains(blocker.path), "\(ending.stderr)")
        #expect(ending.stdout.isEmpty)
    }
}
