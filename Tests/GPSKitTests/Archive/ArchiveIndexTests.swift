import Foundation
import Testing

@testable import GPSKit

@Suite struct ArchiveIndexTests {
    static func summary(
        _ id: String, month: String, provisions: [(String, String, ArchiveVerdict)] = [], rules: [(String, String)] = [],
        values: [String] = [], decision: String = "Ik zwijg."
    ) -> ArchiveSummary {
        ArchiveSummary(
            formatVersion: 1, archiveID: id, month: month, route: "volledig", language: "nl", title: "Titel \(id)",
            keyQuestion: nil, decision: decision, arguments: [], acceptedCost: nil, values: values, plan: [],
            provisions: provisions.map { ArchiveSummary.ProvisionEntry(id: $0.0, name: $0.1, verdict: $0.2) }, grounds: [],
            findings: rules.map { ArchiveSummary.FindingEntry(rule: $0.0, level: $0.1, steps: []) }, intervisions: 0)
    }

    /// Three records: a Chloé case, a report not covered, one from last year.
    static func records() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "gps-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let items: [(ArchiveSummary, String)] = [
            (
                summary("aaaa1111", month: "2026-11", provisions: [("art-458", "art. 458", .open)], rules: [("R6", "attention"), ("R2", "ok")],
                    values: ["vertrouwen", "veiligheid"]),
                "# Verslag\n\nDe dochter heet in het verslag dochter.\nZe ging naar de Crèche en was BLIJ.\n"
            ),
            (
                summary("bbbb2222", month: "2026-10", provisions: [("art-458bis", "art. 458bis", .notCovered)], rules: [("R9", "toCheck")]),
                "# Verslag\n\nMelding bij het parket overwogen.\n"
            ),
            (summary("cccc3333", month: "2025-03", values: ["autonomie"]), "# Verslag\n\nNiets bijzonders, wel een creche.\n"),
        ]
        for (summary, markdown) in items {
            try ArchiveRecord.encode(summary).write(to: folder.appending(path: summary.archiveID + ".json"), atomically: true, encoding: .utf8)
            try markdown.write(to: folder.appending(path: summary.archiveID + ".md"), atomically: true, encoding: .utf8)
        }
        try "kapot".write(to: folder.appending(path: "dddd4444.json"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func wordsAreFoundWithoutCaseOrAccentsAndTheLineIsShownAsWritten() throws {
        let index = ArchiveIndex.build(records: try Self.records(), stamp: "s")
        #expect(index.count == 3)
        let found = index.search(ArchiveQuery(text: "crèche"))
        #expect(found.map(\.archiveID) == ["aaaa1111", "cccc3333"])
        #expect(found.map(\.line) == ["Ze ging naar de Crèche en was BLIJ.", "Niets bijzonders, wel een creche."])
        #expect(index.search(ArchiveQuery(text: "blij en")).isEmpty)
        #expect(index.search(ArchiveQuery(text: "was blij")).map(\.archiveID) == ["aaaa1111"])
    }

    @Test func filtersCombine() throws {
        let index = ArchiveIndex.build(records: try Self.records(), stamp: "s")
        #expect(index.search(ArchiveQuery(article: "art. 458bis")).map(\.archiveID) == ["bbbb2222"])
        #expect(index.search(ArchiveQuery(article: "458")).map(\.archiveID) == ["aaaa1111"])
        #expect(index.search(ArchiveQuery(article: "458", verdict: .notCovered)).isEmpty)
        #expect(index.search(ArchiveQuery(verdict: .notCovered)).map(\.line) == ["art. 458bis: niet-gedekt"])
        #expect(index.search(ArchiveQuery(rule: "r6")).map(\.archiveID) == ["aaaa1111"])
        #expect(index.search(ArchiveQuery(rule: "R2")).isEmpty, "a rule that is in order is not a match")
        #expect(index.search(ArchiveQuery(value: "Veiligheid")).map(\.line) == ["veiligheid"])
        #expect(index.search(ArchiveQuery(from: "2026-01")).map(\.archiveID) == ["aaaa1111", "bbbb2222"])
        #expect(index.search(ArchiveQuery(until: "2026-10")).map(\.archiveID) == ["bbbb2222", "cccc3333"])
        #expect(index.search(ArchiveQuery(text: "verslag", from: "2026-10", until: "2026-10")).map(\.archiveID) == ["bbbb2222"])
        #expect(index.search(ArchiveQuery()).map(\.line) == ["Ik zwijg.", "Ik zwijg.", "Ik zwijg."])
    }

    @Test func aLinkInTheRecordsFolderIsNeverFollowed() throws {
        let records = try Self.records()
        let secret = records.deletingLastPathComponent().appending(path: "geheim-\(UUID().uuidString).txt")
        try "wachtwoord-van-an".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: records.appending(path: "cccc3333.md"))
        try FileManager.default.createSymbolicLink(at: records.appending(path: "cccc3333.md"), withDestinationURL: secret)
        let index = ArchiveIndex.build(records: records, stamp: "s")
        #expect(index.search(ArchiveQuery(text: "wachtwoord")).isEmpty)
        #expect(index.search(ArchiveQuery(value: "autonomie")).map(\.archiveID) == ["cccc3333"], "its summary still counts")
    }

    @Test func aSavedIndexIsReusedOnlyWhileItsStampHolds() throws {
        let records = try Self.records()
        let url = records.appending(path: "index")
        try ArchiveIndex.build(records: records, stamp: "head1:5").save(to: url)
        let loaded = try #require(ArchiveIndex.load(from: url, stamp: "head1:5"))
        #expect(loaded.search(ArchiveQuery(text: "parket")).map(\.archiveID) == ["bbbb2222"])
        #expect(ArchiveIndex.load(from: url, stamp: "head2:5") == nil)
        try Data("rommel".utf8).write(to: url)
        #expect(ArchiveIndex.load(from: url, stamp: "head1:5") == nil)
    }

    /// A rebuild after a pull reads only the records whose files changed, and gives the same
    /// index, byte for byte, as reading them all.
    @Test func aRebuildReadsOnlyWhatChangedAndEqualsAFullBuild() throws {
        let records = try Self.records()
        let first = ArchiveIndex.build(records: records, stamp: "head1")
        #expect(first.recordsRead == 4, "three records and the broken summary")
        // A colleague's new record, one changed, one removed.
        let added = Self.summary("eeee5555", month: "2026-11", values: ["hoop"])
        try ArchiveRecord.encode(added).write(to: records.appending(path: "eeee5555.json"), atomically: true, encoding: .utf8)
        try "# Verslag\n\nEen nieuwe casus over de buurvrouw.\n".write(to: records.appending(path: "eeee5555.md"), atomically: true, encoding: .utf8)
        try "# Verslag\n\nMelding bij het parket gedaan.\n".write(to: records.appending(path: "bbbb2222.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: records.appending(path: "cccc3333.json"))
        let again = ArchiveIndex.build(records: records, stamp: "head2", reusing: first)
        #expect(again.recordsRead == 3, "the new record, the changed one and the broken summary, read again")
        #expect(again.storage == ArchiveIndex.build(records: records, stamp: "head2").storage)
        #expect(again.search(ArchiveQuery(text: "gedaan")).map(\.archiveID) == ["bbbb2222"])
        #expect(again.search(ArchiveQuery(text: "overwogen")).isEmpty)
        #expect(again.search(ArchiveQuery(value: "autonomie")).isEmpty, "a removed record is gone")
        #expect(again.search(ArchiveQuery(text: "buurvrouw")).map(\.archiveID) == ["eeee5555"])
        // Saved and read back as a stale index, it serves the next rebuild the same way.
        let url = records.deletingLastPathComponent().appending(path: "index-\(UUID().uuidString)")
        try again.save(to: url)
        let stale = try #require(ArchiveIndex.loadStale(from: url))
        #expect(ArchiveIndex.build(records: records, stamp: "head3", reusing: stale).recordsRead == 1, "only the broken summary")
    }
}
