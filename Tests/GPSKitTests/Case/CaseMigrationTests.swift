import Foundation
import Testing

@testable import GPSKit

/// A format-1 case from before the ecogram and a format-2 case from before participants: read
/// as they are, written in the current format at the next save with the old bytes kept once
/// beside them; a newer format is never touched.
@Suite struct CaseMigrationTests {
    let root = FileManager.default.temporaryDirectory.appending(path: "gps-migration-\(UUID().uuidString)")
    var store: CaseStore { CaseStore(folder: root) }

    static let versionOne = """
        {
          "answers" : {
            "betrokkenen" : { "stakeholders" : [ { "name" : "Mama", "relation" : "de cliënt" }, { "name" : "Juf Ann", "relation" : "school" } ] },
            "hamvraag" : { "text" : "Vertel ik het de school?" }
          },
          "created" : "2026-03-02T09:00:00Z",
          "date" : "2026-03-02",
          "drafts" : { },
          "formatVersion" : 1,
          "id" : "2026-03-02-abc",
          "route" : "gps",
          "skipped" : [ ],
          "title" : "Van voor het ecogram",
          "updated" : "2026-03-02T09:30:00Z"
        }

        """

    private func writeVersionOne() throws -> URL {
        try PrivateFile.makeFolder(root)
        let url = store.url(for: CaseID("2026-03-02-abc")!)
        try PrivateFile.write(Data(Self.versionOne.utf8), to: url)
        return url
    }

    private func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aVersionOneCaseIsReadWithTheEcogramFieldsGuessedAndNothingWritten() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let url = try writeVersionOne()
        let caseFile = try store.load("2026-03-02-abc")
        #expect(caseFile.formatVersion == 1, "it still says where it came from until it is saved")
        guard case .stakeholders(let people) = caseFile.answers["betrokkenen"] else {
            Issue.record("no stakeholders")
            return
        }
        #expect(people.map(\.category) == [.client, .services])
        #expect(caseFile.ecograms.map(\.day) == [CaseDay(year: 2026, month: 3, day: 2)!])
        #expect(caseFile.ecograms.first?.stakeholders == people)
        #expect(try Data(contentsOf: url) == Data(Self.versionOne.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["2026-03-02-abc.json"])
    }

    @Test func theNextSaveWritesTheCurrentFormatAndKeepsTheOldFileOnce() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let url = try writeVersionOne()
        var caseFile = try store.load("2026-03-02-abc")
        caseFile.answers["trigger"] = .text("Ik schrok.")
        try store.save(caseFile)
        let backup = store.backupURL(for: caseFile.id, version: 1)
        #expect(backup.lastPathComponent == "2026-03-02-abc.v1.json.bak")
        #expect(try Data(contentsOf: backup) == Data(Self.versionOne.utf8))
        #expect(try mode(backup) == 0o600)

        let migrated = try store.load("2026-03-02-abc")
        #expect(migrated.formatVersion == CaseFile.currentFormatVersion)
        #expect(migrated.answers == caseFile.answers)
        #expect(migrated.ecograms == caseFile.ecograms)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"formatVersion\" : \(CaseFile.currentFormatVersion)"))
        #expect(text.contains("\"category\" : \"services\""))

        caseFile.answers["trigger"] = .text("Later anders.")
        try store.save(caseFile)
        #expect(try Data(contentsOf: backup) == Data(Self.versionOne.utf8), "the first backup stays")
        #expect(store.ids() == [caseFile.id], "a backup is not a case")
    }

    @Test(arguments: [0, -1])
    func aVersionThatNeverExistedIsCorruptAndLeftAlone(version: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let url = try writeVersionOne()
        let text = Self.versionOne.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : \(version)")
        try Data(text.utf8).write(to: url)
        #expect(throws: CaseStoreError.corrupt(path: url.path, detail: "formatVersion \(version)")) {
            try store.load("2026-03-02-abc")
        }
        #expect(try Data(contentsOf: url) == Data(text.utf8))
    }

    static let versionTwo = """
        {
          "answers" : {
            "actieplan" : { "actions" : [
              { "what" : "Gesprek met Mama", "who" : "ik", "due" : "maandag", "sharesWith" : [ "Mama" ] },
              { "what" : "Mail", "who" : "ik, samen met Mama", "due" : "dinsdag", "sharesWith" : [ "Juf Ann" ] }
            ] },
            "betrokkenen" : { "stakeholders" : [
              { "name" : "Mama", "relation" : "de cliënt", "category" : "client", "tie" : "strong", "support" : "none" },
              { "name" : "Juf Ann", "relation" : "school", "category" : "services", "tie" : "weak", "support" : "toClient" }
            ] }
          },
          "created" : "2026-03-02T09:00:00Z",
          "date" : "2026-03-02",
          "drafts" : { },
          "ecograms" : [ ],
          "formatVersion" : 2,
          "id" : "2026-03-02-def",
          "route" : "gps",
          "skipped" : [ ],
          "title" : "Van voor de deelnemers",
          "updated" : "2026-03-02T09:30:00Z"
        }

        """

    @Test func aVersionTwoStepSharesWithItsRecipientsAndFindsWhoTakesPart() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try PrivateFile.makeFolder(root)
        let url = store.url(for: CaseID("2026-03-02-def")!)
        try PrivateFile.write(Data(Self.versionTwo.utf8), to: url)
        let caseFile = try store.load("2026-03-02-def")
        #expect(caseFile.answers["actieplan"] == .actions([
            ActionItem(what: "Gesprek met Mama", who: "ik", due: "maandag", participants: ["Mama"], recipients: ["Mama"]),
            ActionItem(what: "Mail", who: "ik, samen met Mama", due: "dinsdag", participants: ["Mama"], recipients: ["Juf Ann"]),
        ]))
        try store.save(caseFile)
        #expect(try Data(contentsOf: store.backupURL(for: caseFile.id, version: 2)) == Data(Self.versionTwo.utf8))
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("sharesWith") && text.contains("\"recipients\""))
    }
}
