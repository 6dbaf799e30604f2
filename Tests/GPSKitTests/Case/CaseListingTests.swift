import Foundation
import Testing

@testable import GPSKit

/// `gps lijst` reads one index and the cases' size and time; a case is read again only when it
/// changed, and what it shows is always what a full read would show.
@Suite struct CaseListingTests {
    let root = FileManager.default.temporaryDirectory.appending(path: "gps-listing-\(UUID().uuidString)")
    var store: CaseStore { CaseStore(folder: root.appending(path: "cases")) }
    /// Later than any file the tests write, so every case counts as settled.
    let later = Date().addingTimeInterval(60)

    final class Reads {
        var ids: [String] = []
    }

    func describe(_ reads: Reads) -> (CaseFile) -> CaseListing.Row {
        { caseFile in
            reads.ids.append(caseFile.id.rawValue)
            return CaseListing.Row(id: caseFile.id, date: caseFile.date.description, progress: "\(caseFile.answers.count)", title: caseFile.title)
        }
    }

    func save(_ id: String, title: String) throws {
        var caseFile = Fixtures.emptyCase(title: title)
        caseFile = CaseFile(id: CaseID(id)!, title: title, route: caseFile.route, date: caseFile.date, now: Fixtures.moment)
        try store.save(caseFile)
    }

    func titles(_ results: [Result<CaseListing.Row, CaseStoreError>]) -> [String] {
        results.map { (try? $0.get().title) ?? "error" }
    }

    @Test func aSecondListingReadsNoCaseAndShowsTheSame() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try save("2026-11-20-abc", title: "Eerste")
        try save("2026-11-21-def", title: "Tweede\tmet tab\nen regel \\ schuin")
        let first = Reads(), second = Reads()
        let before = CaseListing(store: store).rows(describe: describe(first), now: later)
        let after = CaseListing(store: store).rows(describe: describe(second), now: later)
        #expect(first.ids == ["2026-11-20-abc", "2026-11-21-def"])
        #expect(second.ids.isEmpty, "both rows come from the index")
        #expect(titles(after) == titles(before))
        #expect(titles(after) == ["Eerste", "Tweede\tmet tab\nen regel \\ schuin"])
        let mode = try FileManager.default.attributesOfItem(atPath: CaseListing(store: store).indexURL.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aChangedCaseIsReadAgainAndARemovedOneLeaves() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try save("2026-11-20-abc", title: "Eerste")
        try save("2026-11-21-def", title: "Tweede")
        _ = CaseListing(store: store).rows(describe: describe(Reads()), now: later)
        try save("2026-11-20-abc", title: "Eerste, herschreven")
        try FileManager.default.removeItem(at: store.url(for: CaseID("2026-11-21-def")!))
        let reads = Reads()
        let rows = CaseListing(store: store).rows(describe: describe(reads), now: later)
        #expect(reads.ids == ["2026-11-20-abc"])
        #expect(titles(rows) == ["Eerste, herschreven"])
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try save("2026-11-20-abc", title: "Eerste")
        let listing = CaseListing(store: store)
        _ = listing.rows(describe: describe(Reads()), now: later)
        try Data("gps-index 1\n2026-11-20-abc\tnot a number\n".utf8).write(to: listing.indexURL)
        let reads = Reads()
        #expect(titles(listing.rows(describe: describe(reads), now: later)) == ["Eerste"])
        #expect(reads.ids == ["2026-11-20-abc"])
        #expect(titles(listing.rows(describe: describe(Reads()), now: later)) == ["Eerste"])
    }

    /// A case saved in the same clock tick as the listing could change again without its size
    /// and time moving; it is not cached until it has settled.
    @Test func aCaseChangedJustNowIsNotCached() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try save("2026-11-20-abc", title: "Eerste")
        _ = CaseListing(store: store).rows(describe: describe(Reads()), now: Date())
        let reads = Reads()
        _ = CaseListing(store: store).rows(describe: describe(reads), now: Date())
        #expect(reads.ids == ["2026-11-20-abc"])
    }

    @Test func aCaseThatCannotBeReadIsReportedEveryTime() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try save("2026-11-20-abc", title: "Eerste")
        try Data("{ kapot".utf8).write(to: store.url(for: CaseID("2026-11-22-ghj")!))
        for _ in 0..<2 {
            let rows = CaseListing(store: store).rows(describe: describe(Reads()), now: later)
            #expect(titles(rows) == ["Eerste", "error"])
        }
    }
}
