import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output that cannot take what `gps` writes: a reader that stopped (`| head`), a full
/// device, a closed descriptor. A reader that stopped ends `gps` quietly with 0, as `git log |
/// head` does; any other failure ends it with 74 and a sentence on standard error. Never a trap.
@Suite struct StandardOutputFailureTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }

    private func importedCase() throws -> String {
        try FaultGPS.importedCase(environment: environment)
    }

    /// Runs `gps` with `output` as its standard output and `input` on standard input.
    private func run(_ arguments: [String], output: FileHandle, input: [String] = []) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = FaultGPS.binary
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = stderr
        try process.run()
        try output.close()
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.map { $0 + "\n" }.joined().utf8))
        try? stdin.fileHandleForWriting.close()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, errors)
    }

    /// The writing end of a pipe whose reader has already gone: every write fails with EPIPE.
    private func pipeWithoutReader() -> FileHandle {
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        close(ends[0])
        return FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
    }

    private func expectNoTrap(_ stderr: String, _ comment: String) {
        #expect(!stderr.contains("Fatal error"), "\(comment): \(stderr)")
        #expect(!stderr.contains("crashed"), "\(comment): \(stderr)")
    }

    @Test(arguments: [["rapport"], ["export"], ["ecogram"], ["toets"], ["wet", "--casus"]])
    func aReaderThatStoppedEndsQuietlyWithZero(command: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let ending = try run(command + [id], output: pipeWithoutReader())
        expectNoTrap(ending.stderr, command.joined(separator: " "))
        #expect(ending.status == 0, "\(command): \(ending.stderr)")
        #expect(ending.stderr.isEmpty, "\(command): \(ending.stderr)")
    }

    @Test(arguments: [["--version"], ["help"], ["lijst"], ["man"], ["aanvulling", "bash"], ["wet"], ["wet", "--zoek", "art. 458"]])
    func commandsWithoutACaseEndQuietlyToo(arguments: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let ending = try run(arguments, output: pipeWithoutReader())
        expectNoTrap(ending.stderr, arguments.joined(separator: " "))
        #expect(ending.status == 0, "\(arguments): \(ending.stderr)")
    }

    @Test func theWizardsEndQuietlyWhenNobodyReads() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let before = try Data(contentsOf: folder.appending(path: "cases/\(id).json"))
        for arguments in [["nieuw", "--titel", "Niemand leest"], ["verder", id, "--vanaf", "trigger"], ["intervisie", id]] {
            let ending = try run(arguments, output: pipeWithoutReader(), input: ["Een antwoord", ""])
            expectNoTrap(ending.stderr, arguments.joined(separator: " "))
            #expect(ending.status == 0, "\(arguments): \(ending.stderr)")
        }
        #expect(try Data(contentsOf: folder.appending(path: "cases/\(id).json")) == before, "nothing was typed, nothing changed")
    }

    @Test func aFullDeviceEndsWith74AndSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        for arguments in [["rapport", id], ["man"], ["verder", id, "--vanaf", "trigger"]] {
            let ending = try run(arguments, output: try #require(FileHandle(forWritingAtPath: "/dev/full")))
            expectNoTrap(ending.stderr, arguments.joined(separator: " "))
            #expect(ending.status == 74, "\(arguments): \(ending.stderr)")
            #expect(ending.stderr.contains("gps: fout: kan niet naar de standaarduitvoer schrijven"), "\(arguments): \(ending.stderr)")
            #expect(ending.stderr.contains("No space left on device"), "\(arguments): \(ending.stderr)")
        }
    }

    @Test func aClosedStandardOutputEndsWith74AndNothingLandsInTheCaseFiles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let caseFile = folder.appending(path: "cases/\(id).json")
        let before = try Data(contentsOf: caseFile)
        for arguments in [["rapport", id], ["verder", id, "--vanaf", "trigger"]] {
            let shell = try LiveGPS(
                ["-c", #"exec "$0" "$@" >&-"#, FaultGPS.binary.path] + arguments,
                environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
            shell.send(["Een antwoord", ""])
            let ending = shell.finish()
            expectNoTrap(ending.stderr, arguments.joined(separator: " "))
            #expect(ending.status == 74, "\(arguments): \(ending.stderr)")
            #expect(ending.stderr.contains("gps: fout: de standaarduitvoer is gesloten"), "\(arguments): \(ending.stderr)")
        }
        #expect(try Data(contentsOf: caseFile) == before)
        let lock = try String(contentsOf: folder.appending(path: "cases/\(id).lock"), encoding: .utf8)
        #expect(lock.hasPrefix("pid="), "no prompt was written into the lock file: \(lock)")
    }

    @Test func aClosedStandardErrorNeverTraps() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["rapport", "2026-01-01-zzz"], ["rapport", "--onbekend"]] {
            let shell = try LiveGPS(
                ["-c", #"exec "$0" "$@" 2>&-"#, FaultGPS.binary.path] + arguments,
                environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
            let ending = shell.finish()
            #expect(ending.reason == .exit)
            #expect([1, 64].contains(ending.status), "\(arguments): \(ending.status)")
        }
    }
}
