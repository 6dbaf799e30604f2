import Foundation
import GPSKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A symbolic link in the cases folder, where a lock file or a case file should be, is refused
/// with 74 and a message naming it; GPS never follows it, so nothing outside the data folder is
/// read, truncated or created.
@Suite struct SymbolicLinkTests {
    let folder = FaultGPS.freshDataFolder()
    let outside = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func importedCase() throws -> String {
        try FaultGPS.importedCase(environment: environment)
    }

    private func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: outside)
    }

    private func replaceWithLink(_ name: String, to target: URL) throws {
        let link = cases.appending(path: name)
        try? FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
    }

    @Test func aLockFileThatIsALinkIsNotFollowed() throws {
        defer { cleanUp() }
        let id = try importedCase()
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let target = outside.appending(path: "precious.txt")
        try Data("keep me\n".utf8).write(to: target)
        try replaceWithLink("\(id).lock", to: target)
        let before = try Data(contentsOf: cases.appending(path: "\(id).json"))

        let ending = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["x", ""], environment: environment)
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(ending.stderr.contains("\(id).lock"), "\(ending.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        #expect(try Data(contentsOf: cases.appending(path: "\(id).json")) == before)
    }

    @Test func aDanglingLockLinkCreatesNothingOutsideTheDataFolder() throws {
        defer { cleanUp() }
        let id = try importedCase()
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let target = outside.appending(path: "created-by-gps")
        try replaceWithLink("\(id).lock", to: target)

        let ending = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["x", ""], environment: environment)
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func aCaseFileThatIsALinkIsRefusedForWritingAndReading() throws {
        defer { cleanUp() }
        let id = try importedCase()
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let target = outside.appending(path: "elsewhere.json")
        try FileManager.default.moveItem(at: cases.appending(path: "\(id).json"), to: target)
        try replaceWithLink("\(id).json", to: target)
        let before = try Data(contentsOf: target)

        let resumed = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["x", ""], environment: environment)
        #expect(resumed.status == 74, "\(resumed.stderr)")
        #expect(resumed.stderr.contains(cases.appending(path: "\(id).json").path), "\(resumed.stderr)")
        #expect(resumed.stderr.contains("link"), "\(resumed.stderr)")
        #expect(try Data(contentsOf: target) == before)

        let intervision = try FaultGPS.run(["intervisie", id], input: [":stop"], environment: environment)
        #expect(intervision.status == 74, "\(intervision.stderr)")
        let report = try FaultGPS.run(["rapport", id], environment: environment)
        #expect(report.status == 74, "\(report.stderr)")
        #expect(try Data(contentsOf: target) == before)
    }

    @Test func aDanglingCaseLinkIsNamedAsALinkNotAsAMissingCase() throws {
        defer { cleanUp() }
        let id = try importedCase()
        try FileManager.default.removeItem(at: cases.appending(path: "\(id).json"))
        try replaceWithLink("\(id).json", to: outside.appending(path: "gone.json"))

        let ending = try FaultGPS.run(["verder", id, "--vanaf", "trigger"], input: ["x", ""], environment: environment)
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(ending.stderr.contains("link"), "\(ending.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }
}
