import Foundation
import Testing

/// `gps archief` through the real binary and the real git: one bare repository on disk and
/// two caregivers, each with her own data folder, config and git identity.
@Suite struct ArchiveEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appending(path: "gps-archief-\(UUID().uuidString)")
    var bare: URL { folder.appending(path: "organisatie/archief.git") }

    func caregiver(_ name: String, identity: Bool = true) -> GPSProcess {
        var gps = GPSProcess()
        if identity {
            let email = name.lowercased() + "@thuiszorg.example"
            gps.extraEnvironment = [
                "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email,
            ]
        }
        return gps
    }

    func newCase(_ gps: GPSProcess, _ answers: URL) throws -> String {
        let result = try gps.run(["nieuw", "--antwoorden", answers.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func example(_ name: String) -> URL { examplesFolder.appending(path: "\(name)/antwoorden.json") }

    @discardableResult
    func ok(_ gps: GPSProcess, _ arguments: [String]) throws -> GPSProcess.Result {
        let result = try gps.run(arguments)
        #expect(result.status == 0, "gps \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    /// What the bare repository holds on its branch.
    func sharedFiles() throws -> [String] {
        let result = try git(["--git-dir", bare.path, "ls-tree", "-r", "--name-only", "main"])
        return result.split(separator: "\n").map(String.init).sorted()
    }

    func git(_ arguments: [String], in directory: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The archive id `deel` printed: "Gedeeld als verslag ID (…".
    func archiveID(in output: String) -> String? {
        guard let range = output.range(of: #"verslag [a-z0-9]{12}"#, options: .regularExpression) else { return nil }
        return String(output[range].dropFirst(8))
    }

    @Test func twoCaregiversShareSearchAndFindEachOthersRecords() throws {
        let an = caregiver("An")
        let bo = caregiver("Bo")
        let connect = try ok(an, ["archief", "koppel", bare.path])
        #expect(connect.stdout.contains("Nieuw, leeg archief gemaakt in \(bare.path)"))
        #expect(try ok(bo, ["archief", "koppel", bare.path]).stdout.contains("Gekoppeld aan het archief \(bare.path)"))
        let config = bo.dataFolder.appending(path: ".config/gps/config")
        #expect(try String(contentsOf: config, encoding: .utf8) == "archief = \(bare.path)\n")
        #expect(try bo.mode(of: config) == 0o600)

        let anCase = try newCase(an, example("partnergeweld"))
        let anCaseBefore = try Data(contentsOf: an.caseFile(anCase))
        let shared = try ok(an, ["archief", "deel", anCase])
        let anRecord = try #require(archiveID(in: shared.stdout), "\(shared.stdout)")
        #expect(shared.stdout.contains("Het archief heeft het nu"))
        #expect(try Data(contentsOf: an.caseFile(anCase)) == anCaseBefore, "sharing never changes the case")

        // Bo shares without pulling first: her push is refused, rebased on An's and sent again.
        let boCase = try newCase(bo, example("zwartwerk"))
        let boShared = try ok(bo, ["archief", "deel", boCase])
        let boRecord = try #require(archiveID(in: boShared.stdout), "\(boShared.stdout)")
        #expect(boShared.stdout.contains("Het archief heeft het nu"))
        #expect(try sharedFiles() == ["records/\(anRecord).json", "records/\(anRecord).md", "records/\(boRecord).json", "records/\(boRecord).md"].sorted())
        let authors = try git(["--git-dir", bare.path, "log", "--format=%an", "main"])
        #expect(authors == "Bo\nAn\n")

        #expect(try ok(an, ["archief", "zoek", "zwartwerk"]).stdout.isEmpty, "An has not pulled Bo's record yet")
        #expect(try ok(an, ["archief", "haal"]).stdout.contains("1 nieuw verslag, 2 in totaal"))
        let found = try ok(an, ["archief", "zoek", "zwartwerk"])
        #expect(found.stdout.contains(boRecord))
        #expect(!found.stdout.contains(anRecord))
        #expect(found.stderr.contains("1 verslag gevonden."))
        try ok(bo, ["archief", "haal"])
        let afterPull = try ok(bo, ["archief", "zoek", "--artikel", "458bis", "--oordeel", "niet-gedekt"])
        #expect(afterPull.stdout.contains(anRecord) && afterPull.stdout.contains("art. 458bis: niet-gedekt"))
        let shown = try ok(bo, ["archief", "toon", anRecord])
        #expect(shown.stdout.hasPrefix("# Beslissingsverslag: De cliënt vertrouwt me toe"))
        for name in ["Ilse", "Kevin", "Griet", "Lucas"] { #expect(!shown.stdout.contains(name)) }

        // Her case id and the map to its archive id never leave her laptop.
        let everything = try git(["--git-dir", bare.path, "log", "-p", "main"])
        #expect(!everything.contains(anCase) && !everything.contains(boCase))
        #expect(try String(contentsOf: an.dataFolder.appending(path: "archief-ids"), encoding: .utf8) == "\(anCase) = \(anRecord)\n")
    }

    @Test func sharingACaseAgainUpdatesItsOwnRecord() throws {
        let an = caregiver("An")
        try ok(an, ["archief", "koppel", bare.path])
        let first = try newCase(an, example("oogje-in-het-zeil"))
        let second = try newCase(an, example("blauwe-plekken"))
        let record = try #require(archiveID(in: try ok(an, ["archief", "deel", first]).stdout))
        let sharedSecond = try ok(an, ["archief", "deel", second, "--stil"])
        let other = try #require(archiveID(in: sharedSecond.stdout))
        // Blauwe-plekken names the baby Amber, in no list: she is told, as on an anonymous export.
        #expect(sharedSecond.stderr.contains("Feiten #5: „Am…” werd persoon 1"), "\(sharedSecond.stderr)")
        #expect(try !git(["--git-dir", bare.path, "show", "main:records/\(other).md"]).contains("Amber"))
        #expect(try ok(an, ["archief", "deel", first]).stdout.contains("Verslag \(record) in het archief is al gelijk"))
        // She renamed the case: the same record changes, the other one stays as it was.
        let url = an.caseFile(first)
        var json = try String(contentsOf: url, encoding: .utf8)
        json = json.replacingOccurrences(of: #""title" : ""#, with: #""title" : "Herzien: "#)
        try json.write(to: url, atomically: true, encoding: .utf8)
        let otherBefore = try git(["--git-dir", bare.path, "show", "main:records/\(other).md"])
        let updated = try ok(an, ["archief", "deel", first])
        #expect(updated.stdout.contains("Verslag \(record) is bijgewerkt"))
        #expect(try sharedFiles().count == 4)
        #expect(try git(["--git-dir", bare.path, "show", "main:records/\(record).md"]).contains("Herzien: "))
        #expect(try git(["--git-dir", bare.path, "show", "main:records/\(other).md"]) == otherBefore)
    }

    @Test func twoCaregiversSharingAtOnceBothArrive() throws {
        let an = caregiver("An")
        let bo = caregiver("Bo")
        try ok(an, ["archief", "koppel", bare.path])
        try ok(bo, ["archief", "koppel", bare.path])
        let anCases = try ["partnergeweld", "zwartwerk"].map { try newCase(an, example($0)) }
        let boCases = try ["melding-niet-gedekt", "blauwe-plekken"].map { try newCase(bo, example($0)) }
        for round in 0..<2 {
            let runs = [(an, anCases[round]), (bo, boCases[round])].map { gps, id in
                let process = gps.process(["archief", "deel", id])
                let output = Pipe()
                process.standardOutput = output
                process.standardError = output
                return (process, output)
            }
            for (process, _) in runs { try process.run() }
            for (process, output) in runs {
                let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(text)")
                #expect(text.contains("Het archief heeft het nu"), "\(text)")
            }
        }
        #expect(try sharedFiles().count == 8)
        try ok(an, ["archief", "haal"])
        #expect(try ok(an, ["archief", "zoek"]).stderr.contains("4 verslagen gevonden."))
    }

    @Test func anIdentifierBlocksSharingAndNothingIsCommitted() throws {
        let an = caregiver("An")
        try ok(an, ["archief", "koppel", bare.path])
        var answers = try String(contentsOf: example("partnergeweld"), encoding: .utf8)
        answers = answers.replacingOccurrences(
            of: #""Op haar linkerpols"#, with: #""Haar rijksregisternummer is 85.07.14-123.30. Op haar linkerpols"#)
        let file = folder.appending(path: "met-nummer.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try answers.write(to: file, atomically: true, encoding: .utf8)
        let id = try newCase(an, file)
        let refused = try an.run(["archief", "deel", id])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Deze casus deel ik nog niet"))
        #expect(refused.stderr.contains("rijksregisternummer „85…30” (in je casus: Feiten #2)"))
        #expect(!refused.stderr.contains("85.07.14-123.30") && !refused.stdout.contains("85.07"))
        #expect(try sharedFiles().isEmpty)
        let clone = an.dataFolder.appending(path: "archief")
        #expect(try git(["status", "--porcelain", "--untracked-files=all"], in: clone).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: an.dataFolder.appending(path: "archief-ids").path))
    }

    @Test func withoutAGitIdentitySheIsToldHowToSetIt() throws {
        let an = caregiver("An", identity: false)
        try ok(an, ["archief", "koppel", bare.path])
        let id = try newCase(an, example("zwartwerk"))
        let result = try an.run(["archief", "deel", id])
        #expect(result.status == 1)
        #expect(result.stderr.contains("git config --global user.name"))
        #expect(try sharedFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: an.dataFolder.appending(path: "archief-ids").path))
    }

    @Test func offlineTheRecordWaitsInHerCopyAndGoesWithTheNextPull() throws {
        let an = caregiver("An")
        try ok(an, ["archief", "koppel", bare.path])
        let id = try newCase(an, example("zwartwerk"))
        let away = folder.appending(path: "weg.git")
        try FileManager.default.moveItem(at: bare, to: away)
        let shared = try ok(an, ["archief", "deel", id])
        #expect(shared.stdout.contains("Het archief is nu niet bereikbaar"))
        #expect(shared.stdout.contains("gaat mee bij je volgende gps archief deel of haal"))
        #expect(try ok(an, ["archief", "zoek", "zwartwerk"]).stderr.contains("1 verslag gevonden."), "her copy is searchable offline")
        let pull = try an.run(["archief", "haal"])
        #expect(pull.status == 74)
        #expect(pull.stderr.contains("Het archief \(bare.path) is niet bereikbaar"))
        #expect(!pull.stderr.contains("Error Domain") && !pull.stderr.contains("fatal:"))
        try FileManager.default.moveItem(at: away, to: bare)
        let back = try ok(an, ["archief", "haal"])
        #expect(back.stdout.contains("Het archief heeft het nu"))
        #expect(try sharedFiles().count == 2)
    }

    @Test func mistakesGetAClearMessage() throws {
        let an = caregiver("An")
        let notYet = try an.run(["archief", "zoek", "iets"])
        #expect(notYet.status == 1 && notYet.stderr.contains("gps archief koppel PAD"))
        let unknown = try an.run(["archief", "verstuur"])
        #expect(unknown.status == 64 && unknown.stderr.contains("koppel"))
        #expect(try an.run(["archief", "deel"]).status == 64)
        try ok(an, ["archief", "koppel", bare.path])
        #expect(try ok(an, ["archief", "koppel", bare.path]).stdout.contains("Je bent al gekoppeld"))
        let missing = try an.run(["archief", "toon", "abcdefgh2345"])
        #expect(missing.status == 1 && missing.stderr.contains("Er is geen verslag abcdefgh2345"))
        #expect(try an.run(["archief", "toon", "../cases"]).status == 1)
        let month = try an.run(["archief", "zoek", "--van", "november"])
        #expect(month.status == 64 && month.stderr.contains("JJJJ-MM"))
        #expect(try an.run(["archief", "deel", "2026-11-20-abc", "--artikel", "458"]).status == 64, "search options only search")
        let verdict = try an.run(["archief", "zoek", "--oordeel", "misschien"])
        #expect(verdict.status == 64 && verdict.stderr.contains("niet-gedekt"))
        let english = try an.run(["archive", "search", "--verdict", "open", "--taal", "en"])
        #expect(english.status == 0 && english.stderr.contains("No records found"))
        let unreachable = caregiver("Bo")
        let far = try unreachable.run(["archief", "koppel", "ssh://nergens.invalid/archief.git"])
        #expect(far.status == 74, "\(far.stderr)")
        #expect(far.stderr.contains("niet bereikbaar"))
    }
}
