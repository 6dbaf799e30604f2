import Foundation
import GPSKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// GPS sets the mode only of folders it creates. A data folder that was already there keeps its
/// mode (a shared 1777 folder its sticky bit, a linked folder its target's mode); one that others
/// can read gets a warning naming it and what to do, as does a case file others can read.
@Suite struct DataFolderModeTests {
    let root = FaultGPS.freshDataFolder()
    let example = FaultGPS.packageRoot.appending(path: "Examples/zwartwerk/antwoorden.json").path

    private func folder(mode: mode_t) throws -> URL {
        let folder = root.appending(path: "data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, mode)
        return folder
    }

    /// The mode with the sticky bit, as `stat` reports it.
    static func permissions(of path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    private func importCase(dataFolder: URL) throws -> LiveGPS.Ending {
        try FaultGPS.run(["nieuw", "--antwoorden", example], environment: FaultGPS.environment(dataFolder: dataFolder))
    }

    @Test func aSharedStickyDataFolderKeepsItsModeAndGetsAWarning() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let shared = try folder(mode: 0o1777)
        let ending = try importCase(dataFolder: shared)
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(Self.permissions(of: shared.path) == 0o1777)
        #expect(FaultGPS.mode(of: shared.appending(path: "cases").path) == 0o700, "the folder GPS made is closed")
        #expect(ending.stderr.contains(shared.path), "\(ending.stderr)")
        #expect(!ending.stderr.contains("chmod 700 \(shared.path)"), "never advise closing a shared folder")
    }

    @Test func aLinkedDataFolderLeavesItsTargetsModeAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let target = try folder(mode: 0o750)
        let link = root.appending(path: "link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let ending = try importCase(dataFolder: link)
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(FaultGPS.mode(of: target.path) == 0o750)
        #expect(FaultGPS.mode(of: target.appending(path: "cases").path) == 0o700)
    }

    @Test func aDataFolderOthersCanReadGetsAWarningWithTheChmodAndIsLeftAsItIs() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let open = try folder(mode: 0o755)
        let made = try importCase(dataFolder: open)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("chmod 700 \(open.path)"), "\(made.stderr)")
        #expect(FaultGPS.mode(of: open.path) == 0o755)

        let listed = try FaultGPS.run(["lijst"], environment: FaultGPS.environment(dataFolder: open))
        #expect(listed.stderr.contains("chmod 700 \(open.path)"), "\(listed.stderr)")
        #expect(FaultGPS.mode(of: open.path) == 0o755)
    }

    @Test func aPrivateDataFolderGetsNoWarning() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let made = try importCase(dataFolder: root.appending(path: "fresh/gps"))
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stderr.contains("chmod"), "\(made.stderr)")
        #expect(FaultGPS.mode(of: root.appending(path: "fresh").path) == 0o700)
        #expect(FaultGPS.mode(of: root.appending(path: "fresh/gps").path) == 0o700)
    }

    @Test func aCaseFileOthersCanReadGetsAWarningWithTheChmod() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appending(path: "gps")
        let made = try importCase(dataFolder: data)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = data.appending(path: "cases/\(id).json")
        chmod(file.path, 0o644)
        let report = try FaultGPS.run(["rapport", id], environment: FaultGPS.environment(dataFolder: data))
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("chmod 600 \(file.path)"), "\(report.stderr)")
        #expect(FaultGPS.mode(of: file.path) == 0o644, "reading changes nothing")
    }
}
