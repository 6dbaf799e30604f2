import Foundation
import Testing

@testable import GPSKit

@Suite struct CaseStoreTests {
    let root = FileManager.default.temporaryDirectory.appending(path: "gps-store-\(UUID().uuidString)")
    var store: CaseStore { CaseStore(environment: ["GPS_DATA_DIR": root.path]) }

    func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aSavedCaseLoadsBackUnchanged() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.answers = ["hamvraag": .text("Wat nu?"), "feiten": .list(["a", "b"]), "verantwoord": .yesNo(false)]
        caseFile.skipped = ["trigger"]
        caseFile.drafts = ["betrokkenen": .stakeholders([Stakeholder(name: "Mama")])]
        try store.save(caseFile)
        #expect(try store.load(caseFile.id.rawValue) == caseFile)
    }

    @Test func filesArePrivateAndFoldersClosed() throws {
        try store.save(Fixtures.emptyCase())
        #expect(try mode(store.url(for: Fixtures.id)) == 0o600)
        #expect(try mode(store.folder) == 0o700)
        #expect(try mode(root) == 0o700)
    }

    /// Found when the test suite left the machine's /tmp at 0700: a case folder inside a shared
    /// folder (1777, sticky) must leave that folder as it was.
    @Test func aFolderThatWasAlreadyThereKeepsItsMode() throws {
        let shared = FileManager.default.temporaryDirectory.appending(path: "gps-shared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shared) }
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        chmod(shared.path, 0o1777)
        try CaseStore(folder: shared.appending(path: "cases")).save(Fixtures.emptyCase())
        let info = try FileManager.default.attributesOfItem(atPath: shared.path)
        #expect((info[.posixPermissions] as? NSNumber)?.intValue == 0o1777)
        #expect(try mode(shared.appending(path: "cases")) == 0o700, "the folder GPS made is closed")
    }

    @Test func aSaveLeavesNoTemporaryFilesBehind() throws {
        for title in ["een", "twee", "drie"] { try store.save(Fixtures.emptyCase(title: title)) }
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
        #expect(names == ["2026-11-20-abc.json"])
        #expect(try store.load("2026-11-20-abc").title == "drie")
    }

    @Test func theSameCaseAlwaysEncodesToTheSameBytes() throws {
        var caseFile = Fixtures.emptyCase()
        caseFile.skipped = ["z", "a", "m"]
        #expect(try CaseCoding.encode(caseFile) == (try CaseCoding.encode(caseFile)))
        let text = String(decoding: try CaseCoding.encode(caseFile), as: UTF8.self)
        #expect(text.contains("\"skipped\" : [\n    \"a\",\n    \"m\",\n    \"z\""))
        #expect(text.contains("\"formatVersion\" : \(CaseFile.currentFormatVersion)"))
    }

    @Test(arguments: ["{\"formatVersion\": 1, \"id\": ", "not json at all", "{\"formatVersion\": 1}", ""])
    func aCorruptFileIsReportedAndLeftByteForByte(content: String) throws {
        try store.save(Fixtures.emptyCase())
        let url = store.url(for: Fixtures.id)
        try Data(content.utf8).write(to: url)
        #expect {
            try store.load(Fixtures.id.rawValue)
        } throws: { error in
            guard case .corrupt(let path, _) = error as? CaseStoreError else { return false }
            return path == url.path
        }
        #expect(try Data(contentsOf: url) == Data(content.utf8))
    }

    @Test func aNewerFormatIsRefusedAndLeftAlone() throws {
        try store.save(Fixtures.emptyCase())
        let url = store.url(for: Fixtures.id)
        let newer = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"formatVersion\" : \(CaseFile.currentFormatVersion)", with: "\"formatVersion\" : 9")
        try Data(newer.utf8).write(to: url)
        #expect(throws: CaseStoreError.newerFormat(path: url.path, version: 9)) { try store.load(Fixtures.id.rawValue) }
        #expect(try String(contentsOf: url, encoding: .utf8) == newer)
    }

    @Test func anUnknownIDListsTheKnownOnes() throws {
        try store.save(Fixtures.emptyCase())
        #expect(throws: CaseStoreError.unknownCase("2026-11-21-zzz", known: [Fixtures.id])) {
            try store.load("2026-11-21-zzz")
        }
    }

    @Test(arguments: ["../etc/passwd", "2026-11-20", "2026-13-01-abc", "2026-11-20-ab", "2026-11-20-ABC", "2026-11-20-a/b"])
    func textThatIsNotACaseIDIsRefusedBeforeTouchingTheDisk(typed: String) {
        #expect(throws: CaseStoreError.notACaseID(typed)) { try store.load(typed) }
    }

    @Test func newIDsAreUniqueAndReadable() throws {
        var generator = SplitMix64(seed: 7)
        var seen: Set<CaseID> = []
        for _ in 0..<50 {
            let locked = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &generator)
            try locked.save(CaseFile(id: locked.id, title: "t", route: "gps", date: Fixtures.day, now: Fixtures.moment))
            #expect(seen.insert(locked.id).inserted)
            #expect(locked.id.rawValue.hasPrefix("2026-11-20-"))
            #expect(!locked.id.rawValue.dropFirst(11).contains { "01ilo".contains($0) })
        }
    }

    @Test func writingIntoAMissingFolderFailsWithTheSystemReason() throws {
        let url = root.appending(path: "no/such/folder/x.json")
        #expect {
            try PrivateFile.write(Data("x".utf8), to: url)
        } throws: { error in
            guard case .cannotWrite(let path, let reason) = error as? StorageError else { return false }
            return path == url.path && reason.contains("No such file")
        }
    }

    @Test func theDataFolderFollowsXDGRules() {
        #expect(DataFolder.resolve(environment: ["GPS_DATA_DIR": "/x"]).path == "/x")
        #expect(DataFolder.resolve(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path == "/d/gps")
        #expect(DataFolder.resolve(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).path == "/h/.local/share/gps")
        #expect(DataFolder.resolve(environment: ["XDG_DATA_HOME": "", "HOME": "/h"]).path == "/h/.local/share/gps")
    }
}
