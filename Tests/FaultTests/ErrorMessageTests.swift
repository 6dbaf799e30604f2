import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every error path a user can reach with a bad file: answers files, rulebooks, notes, case files
/// of every kind of damage, folders, FIFOs, links to nothing, no permission. Each message is in
/// her words: never a Swift type, a Cocoa domain or a parser's internals, and the cause is the
/// right one (a FIFO is not "permission", a link to nothing is not "no such case").
@Suite struct ErrorMessageTests {
    static let internals = ["GPSKit.", "Error(", "NSCocoaErrorDomain", "Problem(", "DecodingError", "Optional(", "Fatal error"]

    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }
    var cases: URL { folder.appending(path: "cases") }

    private func expectPlain(_ ending: LiveGPS.Ending, _ what: String, statuses: Set<Int32> = [1, 64, 65, 74]) {
        #expect(ending.reason == .exit, "\(what): \(ending.stderr)")
        #expect(statuses.contains(ending.status), "\(what): status \(ending.status): \(ending.stderr)")
        #expect(ending.stderr.contains("gps: fout: "), "\(what): \(ending.stderr)")
        for leak in Self.internals {
            #expect(!ending.stderr.contains(leak), "\(what) shows \(leak): \(ending.stderr)")
        }
    }

    /// Private, as GPS makes its own folders, so no warning about an open folder comes first.
    private func makePrivateFolder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        try makePrivateFolder(folder)
        let url = folder.appending(path: name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func file(_ name: String, _ text: String) throws -> String {
        try file(name, Array(text.utf8))
    }

    /// A FIFO with a writer that puts `text` in it once a reader opens it.
    private func fifo(_ name: String, writing text: String) throws -> (path: String, writer: Process) {
        try makePrivateFolder(folder)
        let path = folder.appending(path: name).path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", #"printf '%s' "$1" > "$0""#, path, text]
        try writer.run()
        return (path, writer)
    }

    private func brokenLink(_ name: String, in directory: URL) throws -> String {
        try makePrivateFolder(directory)
        let path = directory.appending(path: name).path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder.appending(path: "nergens.json").path)
        return path
    }

    // MARK: - Answers files

    static let badAnswers: [(String, [UInt8])] = [
        ("broken JSON", Array(#"{"answers": {"trigger": "x"}"#.utf8)),
        ("not an object", Array("[1, 2]".utf8)),
        ("wrong types", Array(#"{"answers": {"trigger": 5, "acuut-gevaar": "ja", "betrokkenen": {}}}"#.utf8)),
        ("unknown fields", Array(#"{"antwoorden": {}, "answers": {"onbekend": 1}}"#.utf8)),
        ("not UTF-8", [0x7B, 0xFF, 0xFE, 0x7D]),
        ("empty", []),
        ("deep", Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        ("huge number", Array(#"{"answers": {"acuut-gevaar": 1e999999}}"#.utf8)),
    ]

    @Test func everyBrokenAnswersFileIsNamedInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in Self.badAnswers {
            let path = try file("antwoorden.json", bytes)
            let ending = try FaultGPS.run(["nieuw", "--antwoorden", path], environment: environment)
            expectPlain(ending, name, statuses: [65])
            #expect(ending.stderr.contains(path), "\(name): \(ending.stderr)")
        }
    }

    @Test func anAnswersFileThatIsNoFileSaysWhatItIs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makePrivateFolder(folder.appending(path: "map.json"))
        let directory = try FaultGPS.run(["nieuw", "--antwoorden", folder.appending(path: "map.json").path], environment: environment)
        expectPlain(directory, "folder", statuses: [74])
        #expect(directory.stderr.contains("is een map, geen bestand"), "\(directory.stderr)")

        let missing = try FaultGPS.run(["nieuw", "--antwoorden", folder.appending(path: "weg.json").path], environment: environment)
        expectPlain(missing, "missing", statuses: [74])
        #expect(missing.stderr.contains("weg.json bestaat niet"), "\(missing.stderr)")

        let link = try brokenLink("link.json", in: folder)
        let broken = try FaultGPS.run(["nieuw", "--antwoorden", link], environment: environment)
        expectPlain(broken, "broken link", statuses: [74])
        #expect(broken.stderr.contains("is een symbolische link naar \(folder.path)/nergens.json, en dat bestaat niet"), "\(broken.stderr)")
    }

    @Test func anAnswersFileFromAPipeIsReadLikeAnyFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, writer) = try fifo("pijp.json", writing: #"{"answers": {"trigger": 5}}"#)
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", path], environment: environment)
        writer.waitUntilExit()
        expectPlain(ending, "FIFO", statuses: [65])
        #expect(!ending.stderr.contains("permission") && !ending.stderr.contains("rechten"), "\(ending.stderr)")
        #expect(ending.stderr.contains("trigger"), "the file was read and its problem named: \(ending.stderr)")
    }

    @Test func aDeviceThatNeverEndsIsReadOnlyUpToTheLimit() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", "/dev/zero"], environment: environment)
        expectPlain(ending, "/dev/zero", statuses: [65])
        #expect(!ending.stderr.contains("permission"), "\(ending.stderr)")
        #expect(ending.stderr.contains("hoogstens 50 MB"), "\(ending.stderr)")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file"))
    func anUnreadableAnswersFileSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try file("geheim.json", "{}")
        chmod(path, 0)
        let ending = try FaultGPS.run(["nieuw", "--antwoorden", path], environment: environment)
        expectPlain(ending, "no permission", statuses: [74])
        #expect(ending.stderr.contains("geen leesrechten"), "\(ending.stderr)")
    }

    // MARK: - Rulebooks and notes

    @Test func everyBrokenRulebookOrNotesFileIsNamedInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rulebooks: [(String, String)] = [
            ("broken JSON", "[1, 2"), ("not an object", "[]"), ("wrong types", #"{"provisions": 5}"#), ("empty", ""),
        ]
        for (name, text) in rulebooks {
            let path = try file("regelboek.json", text)
            let ending = try FaultGPS.run(["wet", "--regelboek", path], environment: environment)
            expectPlain(ending, "rulebook \(name)", statuses: [65])
        }
        for arguments in [["wet", "--regelboek", folder.path], ["wet", "--regelboek", folder.appending(path: "weg.json").path], ["wet", "--zoek", folder.path]] {
            let ending = try FaultGPS.run(arguments, environment: environment)
            expectPlain(ending, arguments.joined(separator: " "), statuses: [74])
        }
    }

    @Test func notesFromAStandardInputThatIsAFolderAreRefusedInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makePrivateFolder(folder)
        let shell = try LiveGPS(
            ["-c", #"exec "$@" < "$0""#, folder.path, FaultGPS.binary.path, "wet", "--zoek", "-"], environment: environment,
            executable: URL(fileURLWithPath: "/bin/sh"))
        let ending = shell.finish()
        expectPlain(ending, "wet --zoek - < folder", statuses: [74])
        #expect(ending.stderr.contains("standaardinvoer"), "\(ending.stderr)")
    }

    // MARK: - Case files

    static let damagedCases: [(String, [UInt8])] = [
        ("cut off", Array(#"{"id": "2026-01-01-abc", "title": "#.utf8)),
        ("null", Array("null".utf8)),
        ("empty object", Array("{}".utf8)),
        ("wrong types", Array(#"{"id": 5, "title": [], "formatVersion": "drie"}"#.utf8)),
        ("newer format", Array(#"{"formatVersion": 99}"#.utf8)),
        ("format zero", Array(#"{"formatVersion": 0}"#.utf8)),
        ("binary", [0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A]),
        ("empty file", []),
    ]

    static let caseCommands = [["rapport"], ["verder"], ["toets"], ["export"], ["ecogram"], ["intervisie"], ["wet", "--casus"]]

    @Test func everyDamagedCaseFileIsNamedInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makePrivateFolder(cases)
        for (name, bytes) in Self.damagedCases {
            try Data(bytes).write(to: cases.appending(path: "2026-01-01-abc.json"))
            for command in Self.caseCommands {
                let ending = try FaultGPS.run(command + ["2026-01-01-abc"], environment: environment)
                expectPlain(ending, "\(name), \(command)", statuses: [65])
                #expect(ending.stderr.contains("2026-01-01-abc.json"), "\(name), \(command): \(ending.stderr)")
            }
            let list = try FaultGPS.run(["lijst"], environment: environment)
            for leak in Self.internals { #expect(!list.stderr.contains(leak) && !list.stdout.contains(leak), "lijst, \(name)") }
        }
    }

    @Test func aCaseFileThatIsNoFileSaysWhatItIs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makePrivateFolder(cases)
        try makePrivateFolder(cases.appending(path: "2026-01-01-abc.json"))
        #expect(mkfifo(cases.appending(path: "2026-01-01-abd.json").path, 0o600) == 0)
        _ = try brokenLink("2026-01-01-abe.json", in: cases)
        do {
            for id in ["2026-01-01-abc", "2026-01-01-abd", "2026-01-01-abe"] {
                for command in Self.caseCommands {
                    let ending = try FaultGPS.run(command + [id], environment: environment)
                    expectPlain(ending, "\(id), \(command)", statuses: [65, 74])
                    #expect(!ending.stderr.contains("permission"), "\(id), \(command): \(ending.stderr)")
                    #expect(!ending.stderr.contains("er is geen casus"), "\(id), \(command): \(ending.stderr)")
                }
            }
        }
    }

    @Test func aDataFolderUnderAFileIsNamedInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = try file("blokkade", "")
        var environment = environment
        environment["GPS_DATA_DIR"] = blocker + "/gps"
        let example = FaultGPS.packageRoot.appending(path: "Examples/zwartwerk/antwoorden.json").path
        do {
            for arguments in [["nieuw", "--titel", "x"], ["nieuw", "--antwoorden", example]] {
                let ending = try FaultGPS.run(arguments, environment: environment)
                expectPlain(ending, arguments.joined(separator: " "), statuses: [74])
            }
        }
    }

    // MARK: - The command line

    @Test func usageErrorsAreInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            ["rapprt"], ["rapport"], ["rapport", "--onbekend", "x"], ["--taal", "xx", "lijst"], ["ecogram", "x", "--formaat", "png"],
            ["rapport", "x", "--ecogram", "svg"], ["verder", "niet-een-id"], ["rapport", "2026-01-01-zzz"], ["aanvulling", "powershell"],
            ["wet", "458quater"],
        ]
        for arguments in lines {
            let ending = try FaultGPS.run(arguments, environment: environment)
            if arguments == ["wet", "458quater"] {
                #expect(ending.status == 1)
                continue
            }
            expectPlain(ending, arguments.joined(separator: " "))
        }
    }
}
