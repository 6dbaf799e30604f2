import Foundation

/// What one `git` run gave back.
public struct GitResult: Sendable, Equatable {
    public var status: Int32
    public var output: String
    public var errorOutput: String

    public init(status: Int32, output: String = "", errorOutput: String = "") {
        self.status = status
        self.output = output
        self.errorOutput = errorOutput
    }

    public var succeeded: Bool { status == 0 }
}

/// Runs `git` with arguments in a folder. Behind a protocol so the archive's logic can be
/// tested with a scripted git, and so GPSKit itself never decides how a process is started.
public protocol GitRunner: Sendable {
    /// Throws only when git cannot be started at all; a failing git is a result with its status.
    func run(_ arguments: [String], in folder: URL?) throws(ArchiveError) -> GitResult
}

/// The real `git`, found on `PATH`, run without a terminal: it never asks for a password or
/// opens an editor, and its messages are in English so GPS can read them.
public struct ProcessGitRunner: GitRunner {
    public let environment: [String: String]

    public init(environment: [String: String]) {
        var clean = environment
        clean["GIT_TERMINAL_PROMPT"] = "0"
        // An empty GIT_ASKPASS also passes over core.askPass: no password window either. A
        // credential helper she set up still answers, since it asks nobody.
        clean["GIT_ASKPASS"] = ""
        clean["SSH_ASKPASS"] = ""
        clean["SSH_ASKPASS_REQUIRE"] = "never"
        clean["GIT_EDITOR"] = "true"
        clean["GIT_SEQUENCE_EDITOR"] = "true"
        clean["GIT_MERGE_AUTOEDIT"] = "no"
        clean["GIT_SSH_COMMAND"] = clean["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        clean["GIT_PAGER"] = "cat"
        clean["LC_ALL"] = "C"
        clean["LANGUAGE"] = "C"
        self.environment = clean
    }

    public func run(_ arguments: [String], in folder: URL?) throws(ArchiveError) -> GitResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.environment = environment
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        // `waitUntilExit` polls its run loop every 50 ms; the handler is called as git ends.
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            throw .gitMissing
        }
        let errorData = BackgroundRead(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        ended.wait()
        let errorText = String(decoding: errorData.wait(), as: UTF8.self)
        // env(1) says 127 when it cannot find git.
        if process.terminationStatus == 127, errorText.contains("No such file") { throw .gitMissing }
        return GitResult(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), errorOutput: errorText)
    }
}

/// Drains a pipe on another thread, so a chatty git never blocks on a full pipe.
private final class BackgroundRead: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
