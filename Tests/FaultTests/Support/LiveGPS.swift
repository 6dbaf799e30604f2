import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built `gps`, running while the test talks to it: lines go in when the test says, output
/// is collected as it comes, and the test can wait for a text on stdout before it acts.
final class LiveGPS: @unchecked Sendable {
    struct Ending {
        var reason: Process.TerminationReason
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let arrived = NSCondition()
    private var stdout = Data()
    private var stderr = Data()
    private var openStreams = 2

    init(_ arguments: [String], environment: [String: String], executable: URL = FaultGPS.binary) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        collect(output.fileHandleForReading) { $0.stdout.append($1) }
        collect(errors.fileHandleForReading) { $0.stderr.append($1) }
    }

    /// Waits until gps is blocked reading standard input, so whatever it does on its own first
    /// (resuming a walk and saving what that settles) is done before a line is sent and a test
    /// takes that write for the line's. Read from /proc: the read(2) call on descriptor 0, or a
    /// wait in a pipe read; where neither can be read, the case is given a moment to settle.
    func waitUntilReading(seconds: Double = 20) {
        let deadline = Date().addingTimeInterval(seconds)
        let pid = process.processIdentifier
        #if arch(arm64)
            let readCall = "63"
        #else
            let readCall = "0"
        #endif
        while Date() < deadline, process.isRunning {
            if let call = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) {
                let fields = call.split(separator: " ")
                if fields.count > 1, fields[0] == readCall, fields[1] == "0x0" { return }
            } else if let wait = try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8), !wait.isEmpty, wait != "0" {
                if wait.contains("pipe_read") { return }
            } else {
                usleep(300_000)
                return
            }
            usleep(2_000)
        }
    }

    func send(_ lines: [String]) {
        send(Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    func send(_ bytes: Data) {
        try? input.fileHandleForWriting.write(contentsOf: bytes)
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits until stdout (from `offset` bytes on) matches `pattern`; returns the match and where it ends.
    func waitFor(_ pattern: String, after offset: Int = 0, seconds: Double = 20) -> (match: String, end: Int)? {
        let deadline = Date().addingTimeInterval(seconds)
        arrived.lock()
        defer { arrived.unlock() }
        while true {
            let text = String(decoding: stdout.dropFirst(offset), as: UTF8.self)
            if let range = text.range(of: pattern, options: .regularExpression) {
                return (String(text[range]), offset + text[..<range.upperBound].utf8.count)
            }
            if openStreams == 0 || !arrived.wait(until: deadline) { return nil }
        }
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the end. After a signal, input stays open until then: end of input could
    /// otherwise end the wizard first, with its own status.
    func finish(closingInput: Bool = true) -> Ending {
        if closingInput { closeInput() }
        process.waitUntilExit()
        closeInput()
        arrived.lock()
        while openStreams > 0 { arrived.wait() }
        defer { arrived.unlock() }
        return Ending(
            reason: process.terminationReason, status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func collect(_ handle: FileHandle, into append: @escaping @Sendable (LiveGPS, Data) -> Void) {
        Thread { [self] in
            while true {
                let chunk = handle.availableData
                arrived.lock()
                if chunk.isEmpty { openStreams -= 1 } else { append(self, chunk) }
                arrived.broadcast()
                arrived.unlock()
                if chunk.isEmpty { return }
            }
        }.start()
    }
}

/// Where the fault tests find the binary, the package, and a private data folder per test.
enum FaultGPS {
    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appending(path: "gps") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? packageRoot.appending(path: ".build/debug/gps")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func freshDataFolder() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "gps-fault-\(UUID().uuidString)")
    }

    static func environment(dataFolder: URL) -> [String: String] {
        [
            "GPS_DATA_DIR": dataFolder.path, "HOME": dataFolder.path, "LANG": "nl_BE.UTF-8", "NO_COLOR": "1",
            "PATH": "/usr/bin:/bin",
        ]
    }

    /// Runs to the end with all input given at once.
    static func run(_ arguments: [String], input: [String] = [], environment: [String: String]) throws -> LiveGPS.Ending {
        let live = try LiveGPS(arguments, environment: environment)
        live.send(input)
        return live.finish()
    }

    /// Makes a case from an example's answers file with the real binary; its id.
    static func importedCase(_ example: String = "partnergeweld", environment: [String: String]) throws -> String {
        let answers = packageRoot.appending(path: "Examples/\(example)/antwoorden.json").path
        let made = try run(["nieuw", "--antwoorden", answers], environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        return made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func mode(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
