import Foundation
import Testing

let straceTool = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Some containers forbid ptrace; then strace cannot trace anything and the suite says so
/// instead of failing on the sandbox.
let straceCanTrace: Bool = {
    guard let strace = straceTool else { return false }
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: strace)
    probe.arguments = ["-qq", "-o", "/dev/null", "/bin/true"]
    probe.standardError = FileHandle.nullDevice
    guard (try? probe.run()) != nil else { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
}()

/// GPS never talks to a network: under `strace -f -e trace=network` (every socket call of the
/// process and its threads), the commands a caregiver runs open no socket at all. An AF_UNIX
/// socket would be tolerated (glibc's name-service cache uses one for user lookups), but none
/// shows up today; an AF_INET or AF_INET6 socket fails the test.
@Suite(
    .enabled(if: straceTool != nil, "strace is not installed (apt-get install strace)"),
    .enabled(if: straceCanTrace, "strace cannot trace here: ptrace is not permitted in this sandbox"))
struct NoNetworkTests {
    static var strace: String? { straceTool }

    let folder = FaultGPS.freshDataFolder()

    private func traced(_ arguments: [String]) throws -> (ending: LiveGPS.Ending, socketCalls: [String]) {
        let log = folder.appending(path: "strace-\(UUID().uuidString).log")
        let live = try LiveGPS(
            ["-f", "-qq", "-e", "trace=network", "-o", log.path, FaultGPS.binary.path] + arguments,
            environment: FaultGPS.environment(dataFolder: folder), executable: URL(fileURLWithPath: Self.strace!))
        let ending = live.finish()
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        return (ending, calls)
    }

    private func expectNoNetwork(_ calls: [String], _ command: String) {
        let sockets = calls.filter { $0.contains("socket(") || $0.contains("connect(") }
        let network = sockets.filter { !$0.contains("AF_UNIX") && !$0.contains("AF_LOCAL") }
        #expect(network.isEmpty, "\(command): \(network)")
        #expect(sockets.isEmpty, "\(command) opened a local socket; if it is nscd, allow it here: \(sockets)")
    }

    @Test func versionNewFromAnswersAndReportOpenNoSocket() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let version = try traced(["--version"])
        #expect(version.ending.status == 0)
        expectNoNetwork(version.socketCalls, "--version")

        let example = FaultGPS.packageRoot.appending(path: "Examples/partnergeweld/antwoorden.json").path
        let made = try traced(["nieuw", "--antwoorden", example])
        #expect(made.ending.status == 0, "\(made.ending.stderr)")
        expectNoNetwork(made.socketCalls, "nieuw --antwoorden")

        let id = made.ending.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let report = try traced(["rapport", id])
        #expect(report.ending.status == 0, "\(report.ending.stderr)")
        #expect(report.ending.stdout.hasPrefix("# "))
        expectNoNetwork(report.socketCalls, "rapport")
    }

    /// The same tracing does see a socket when there is one, so an empty log means something.
    @Test func theTraceSeesASocketWhenOneIsOpened() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appending(path: "probe.log")
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: Self.strace!)
        probe.arguments = ["-f", "-qq", "-e", "trace=network", "-o", log.path, "/usr/bin/python3", "-c",
            "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM)"]
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        try probe.run()
        probe.waitUntilExit()
        #expect(try String(contentsOf: log, encoding: .utf8).contains("socket(AF_INET"))
    }
}
