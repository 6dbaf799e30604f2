import Foundation
import Testing

@testable import GPSKit

/// Two `gps nieuw` at once that draw the same random id never share it: the id is reserved with
/// O_CREAT|O_EXCL before anything is written. The generator is injected so both draw alike.
@Suite struct CaseIDReservationTests {
    let root = FileManager.default.temporaryDirectory.appending(path: "gps-reserve-\(UUID().uuidString)")
    var store: CaseStore { CaseStore(folder: root.appending(path: "cases")) }

    @Test func twoRunsWithTheSameDrawGetDifferentIDs() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        let one = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &first)
        let other = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &second)
        #expect(one.id != other.id)
        try one.save(CaseFile(id: one.id, title: "een", route: "gps", date: Fixtures.day, now: Fixtures.moment))
        try other.save(CaseFile(id: other.id, title: "twee", route: "gps", date: Fixtures.day, now: Fixtures.moment))
        #expect(try store.load(one.id.rawValue).title == "een")
        #expect(try store.load(other.id.rawValue).title == "twee")
    }

    @Test func aCaseFromBeforeLockFilesKeepsItsID() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var draw = SplitMix64(seed: 9)
        let drawn = CaseID.make(on: Fixtures.day, using: &draw)
        try PrivateFile.makeFolder(store.folder)
        try store.save(CaseFile(id: drawn, title: "oud", route: "gps", date: Fixtures.day, now: Fixtures.moment))
        var again = SplitMix64(seed: 9)
        let new = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &again)
        #expect(new.id != drawn)
        #expect(try store.load(drawn.rawValue).title == "oud")
    }

    @Test func aReservationNothingWasSavedUnderIsGivenBack() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var first = SplitMix64(seed: 5)
        var second = SplitMix64(seed: 5)
        let abandoned = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &first).id
        #expect(!FileManager.default.fileExists(atPath: store.lockURL(for: abandoned).path))
        #expect(try store.create(on: Fixtures.day, now: Fixtures.moment, using: &second).id == abandoned)
    }

    @Test func aCaseBeingWrittenCannotBeOpenedForWritingTwice() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var draw = SplitMix64(seed: 1)
        let locked = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &draw)
        try locked.save(CaseFile(id: locked.id, title: "t", route: "gps", date: Fixtures.day, now: Fixtures.moment))
        #expect {
            try store.open(locked.id.rawValue, now: Fixtures.moment)
        } throws: { error in
            guard case .locked(_, let pid, _) = error as? CaseStoreError else { return false }
            return pid == Int(getpid())
        }
        withExtendedLifetime(locked) {}
    }

    @Test func aLockedCaseWritesOnlyItsOwnID() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var draw = SplitMix64(seed: 2)
        let locked = try store.create(on: Fixtures.day, now: Fixtures.moment, using: &draw)
        #expect(throws: CaseStoreError.mismatchedID(path: store.url(for: locked.id).path, fileName: locked.id, inside: Fixtures.id)) {
            try locked.save(Fixtures.emptyCase())
        }
        #expect(!FileManager.default.fileExists(atPath: store.url(for: Fixtures.id).path))
    }
}
