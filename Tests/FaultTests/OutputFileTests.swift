import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `-o FILE` writes only a new private file, or replaces a regular one when she says
/// `--overschrijf`. It never writes into the data folder, into a folder, a FIFO or a device, never
/// follows or silently replaces a link, never takes an option for a file name, and with
/// `--ecogram svg` writes both files or neither.
@Suite struct OutputFileTests {
    let folder = FaultGPS.freshDataFolder()
    /// Where she works: outside the data folder.
    var desk: URL { folder.appending(path: "bureau") }
    var data: URL { folder.appending(path: "data") }
    var environment: [String: String] { FaultGPS.environment(dataFolder: data) }

    static let writers = [["rapport"], ["export"], ["ecogram"]]

    private func importedCase() throws -> String {
        try FileManager.default.createDirectory(at: desk, withIntermediateDirectories: true)
        return try FaultGPS.importedCase(environment: environment)
    }

    /// Runs `gps` in her desk folder, so relative names land there.
    private func run(_ arguments: [String]) throws -> LiveGPS.Ending {
        let shell = try LiveGPS(
            ["-c", #"cd "$0" && exec "$@""#, desk.path, FaultGPS.binary.path] + arguments, environment: environment,
            executable: URL(fileURLWithPath: "/bin/sh"))
        return shell.finish()
    }

    private func contents(of directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    private func kind(_ url: URL) -> mode_t? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    // MARK: - What the name says

    @Test(arguments: writers)
    func anOptionLikeOrEmptyNameIsAUsageErrorAndWritesNothing(command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        for name in ["--", "-o", "--uitvoer", "-x", ""] {
            let ending = try run(command + [id, "-o", name])
            #expect(ending.status == 64, "\(command) -o '\(name)': \(ending.stderr)")
            #expect(ending.stderr.contains("gps: fout: "), "\(ending.stderr)")
            #expect(contents(of: desk).isEmpty, "\(command) -o '\(name)' wrote \(contents(of: desk))")
        }
        let attached = try run(command + [id, "--uitvoer=--"])
        #expect(attached.status == 64, "\(attached.stderr)")
        #expect(contents(of: desk).isEmpty)
    }

    @Test func aNameEndingInASlashIsAFolderAndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let ending = try run(["rapport", id, "-o", "nodir/"])
        #expect(ending.status == 64, "\(ending.stderr)")
        #expect(ending.stderr.contains("nodir/"), "\(ending.stderr)")
        #expect(contents(of: desk).isEmpty, "wrote \(contents(of: desk))")
    }

    @Test(arguments: writers)
    func aPathInsideTheDataFolderIsRefused(command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let caseFile = data.appending(path: "cases/\(id).json")
        let before = try Data(contentsOf: caseFile)
        let casesBefore = contents(of: data.appending(path: "cases"))
        try FileManager.default.createSymbolicLink(at: desk.appending(path: "gps-map"), withDestinationURL: data)
        for target in [caseFile.path, data.appending(path: "verslag.md").path, "gps-map/cases/verslag.md", "gps-map/cases/\(id).json"] {
            for extra in [[], ["--overschrijf"]] {
                let ending = try run(command + [id, "-o", target] + extra)
                #expect(ending.status == 64, "\(command) -o \(target): \(ending.stderr)")
                #expect(ending.stderr.contains("waar GPS je casussen bewaart"), "\(ending.stderr)")
            }
        }
        #expect(try Data(contentsOf: caseFile) == before)
        #expect(contents(of: data.appending(path: "cases")) == casesBefore)
        #expect(!FileManager.default.fileExists(atPath: data.appending(path: "verslag.md").path))
    }

    // MARK: - What is there

    @Test func aFolderAFIFOOrAMissingFolderIsRefusedAndLeftAsItIs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        try FileManager.default.createDirectory(at: desk.appending(path: "map"), withIntermediateDirectories: true)
        #expect(mkfifo(desk.appending(path: "pijp").path, 0o600) == 0)
        for (name, words) in [("map", "is een map"), ("pijp", "FIFO"), ("weg/verslag.md", "bestaat niet")] {
            for extra in [[], ["--overschrijf"]] {
                let ending = try run(["rapport", id, "-o", name] + extra)
                #expect(ending.status == 74, "-o \(name) \(extra): \(ending.stderr)")
                #expect(ending.stderr.contains(words), "-o \(name): \(ending.stderr)")
            }
        }
        #expect(kind(desk.appending(path: "map")) == S_IFDIR)
        #expect(contents(of: desk.appending(path: "map")).isEmpty)
        #expect(kind(desk.appending(path: "pijp")) == S_IFIFO)
        #expect(kind(desk.appending(path: "weg")) == nil)
    }

    @Test(.enabled(if: geteuid() == 0, "only root may make a device node"))
    func aDeviceIsRefusedAndLeftAsItIs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let device = desk.appending(path: "apparaat")
        // The same device as /dev/null (major 1, minor 3; makedev is a C macro Swift cannot
        // call), in her own folder: a GPS that replaced it harms nothing else.
        #expect(mknod(device.path, S_IFCHR | 0o600, dev_t(1 << 8 | 3)) == 0)
        for extra in [[], ["--overschrijf"]] {
            let ending = try run(["rapport", id, "-o", device.path] + extra)
            #expect(ending.status == 74, "\(ending.stderr)")
            #expect(ending.stderr.contains("apparaat"), "\(ending.stderr)")
        }
        #expect(kind(device) == S_IFCHR)
    }

    @Test(arguments: writers)
    func anExistingFileIsReplacedOnlyWhenSheSaysSo(command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let target = desk.appending(path: "uit.txt")
        try Data("van haar".utf8).write(to: target)
        chmod(target.path, 0o644)
        let refused = try run(command + [id, "-o", "uit.txt"])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("uit.txt bestaat al"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--overschrijf"), "\(refused.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "van haar")

        for flag in ["--overschrijf", "--overwrite"] {
            try Data("van haar".utf8).write(to: target)
            let replaced = try run(command + [id, "-o", "uit.txt", flag])
            #expect(replaced.status == 0, "\(replaced.stderr)")
            #expect(try String(contentsOf: target, encoding: .utf8) != "van haar")
            #expect(FaultGPS.mode(of: target.path) == 0o600)
        }
        #expect(contents(of: desk) == ["uit.txt"], "no temporary file left: \(contents(of: desk))")
    }

    @Test func aNewFileIsPrivate() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let ending = try run(["rapport", id, "-o", "verslag.md"])
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(FaultGPS.mode(of: desk.appending(path: "verslag.md").path) == 0o600)
        #expect(try String(contentsOf: desk.appending(path: "verslag.md"), encoding: .utf8).hasPrefix("# "))
    }

    @Test func aLinkIsNeverFollowedAndReplacedOnlyItself() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let elsewhere = folder.appending(path: "elders.txt")
        try Data("elders".utf8).write(to: elsewhere)
        let link = desk.appending(path: "link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        let dangling = desk.appending(path: "nergens.md")
        try FileManager.default.createSymbolicLink(at: dangling, withDestinationURL: folder.appending(path: "niets.md"))

        for name in ["link.md", "nergens.md"] {
            let refused = try run(["rapport", id, "-o", name])
            #expect(refused.status == 1, "\(name): \(refused.stderr)")
            #expect(refused.stderr.contains("\(name) bestaat al"), "\(refused.stderr)")
        }
        #expect(kind(link) == S_IFLNK && kind(dangling) == S_IFLNK)
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "elders")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "niets.md").path))

        let replaced = try run(["rapport", id, "-o", "link.md", "--overschrijf"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(kind(link) == S_IFREG)
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "elders", "the link's target is untouched")
    }

    @Test func overwriteWithoutAFileIsAUsageError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        for arguments in [["rapport", id, "--overschrijf"], ["rapport", id, "-o", "-", "--overschrijf"]] {
            let ending = try run(arguments)
            #expect(ending.status == 64, "\(arguments): \(ending.stderr)")
            #expect(ending.stdout.isEmpty)
        }
    }

    // MARK: - The record and its drawing

    @Test func withTheDrawingBothFilesAreWrittenOrNeither() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let record = desk.appending(path: "verslag.md")
        let drawing = desk.appending(path: "verslag-ecogram.svg")

        try Data("oud".utf8).write(to: record)
        let recordExists = try run(["rapport", id, "-o", "verslag.md", "--ecogram", "svg"])
        #expect(recordExists.status == 1, "\(recordExists.stderr)")
        #expect(contents(of: desk) == ["verslag.md"], "no drawing without its record: \(contents(of: desk))")

        try FileManager.default.removeItem(at: record)
        try Data("oud".utf8).write(to: drawing)
        let drawingExists = try run(["rapport", id, "-o", "verslag.md", "--ecogram", "svg"])
        #expect(drawingExists.status == 1, "\(drawingExists.stderr)")
        #expect(drawingExists.stderr.contains("verslag-ecogram.svg bestaat al"), "\(drawingExists.stderr)")
        #expect(contents(of: desk) == ["verslag-ecogram.svg"], "no record without its drawing: \(contents(of: desk))")

        try FileManager.default.removeItem(at: drawing)
        #expect(mkfifo(record.path, 0o600) == 0)
        let recordIsAFIFO = try run(["rapport", id, "-o", "verslag.md", "--ecogram", "svg", "--overschrijf"])
        #expect(recordIsAFIFO.status == 74, "\(recordIsAFIFO.stderr)")
        #expect(contents(of: desk) == ["verslag.md"])
        #expect(kind(record) == S_IFIFO)

        try FileManager.default.removeItem(at: record)
        let both = try run(["rapport", id, "-o", "verslag.md", "--ecogram", "svg"])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(contents(of: desk) == ["verslag-ecogram.svg", "verslag.md"])
        #expect(FaultGPS.mode(of: drawing.path) == 0o600)
        let again = try run(["rapport", id, "-o", "verslag.md", "--ecogram", "svg", "--overschrijf"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(contents(of: desk) == ["verslag-ecogram.svg", "verslag.md"])
    }

    /// A full disk (a file-size limit stands in, as in `UnwritableStorageTests`) while writing
    /// the record: the drawing, written first, is taken back.
    @Test func aRecordThatCannotBeWrittenTakesItsDrawingWithIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let shell = try LiveGPS(
            ["-c", #"cd "$0" && ulimit -f 24 && trap "" XFSZ && exec "$@""#, desk.path, FaultGPS.binary.path, "rapport", id, "-o",
             "verslag.md", "--ecogram", "svg"],
            environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
        let ending = shell.finish()
        #expect(ending.status == 74, "\(ending.stderr)")
        #expect(contents(of: desk).isEmpty, "wrote \(contents(of: desk))")
    }
}
