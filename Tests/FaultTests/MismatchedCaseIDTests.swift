import Foundation
import GPSKit
import Testing

/// A case file whose name says one id and whose content another: loading it stops with 65 and
/// names both, so `gps verder` never writes into the other case while holding the wrong lock.
@Suite struct MismatchedCaseIDTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func importedCase(_ example: String) throws -> String {
        try FaultGPS.importedCase(example, environment: environment)
    }

    @Test func verderOnACopiedFileExits65NamingBothIDsAndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try importedCase("partnergeweld")
        let other = try importedCase("zwartwerk")
        let originalFile = cases.appending(path: "\(original).json")
        let otherFile = cases.appending(path: "\(other).json")
        try FileManager.default.removeItem(at: otherFile)
        try FileManager.default.copyItem(at: originalFile, to: otherFile)
        let before = try Data(contentsOf: originalFile)

        let ending = try FaultGPS.run(["verder", other, "--vanaf", "trigger"], input: ["Iets nieuws", ""], environment: environment)
        #expect(ending.status == 65, "\(ending.stderr)")
        #expect(ending.stderr.contains(original) && ending.stderr.contains(other), "\(ending.stderr)")
        #expect(try Data(contentsOf: originalFile) == before, "the other case is untouched")
        #expect(try Data(contentsOf: otherFile) == before)

        let report = try FaultGPS.run(["rapport", other], environment: environment)
        #expect(report.status == 65, "\(report.stderr)")
    }
}
