import Foundation

/// Runs the built `gps` binary as a user would: its own data folder, Dutch locale, no colour,
/// scripted standard input.
struct GPSProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let dataFolder: URL
    var executable: URL = GPSProcess.builtBinary
    var workingDirectory: URL?
    var extraEnvironment: [String: String] = [:]

    init() {
        dataFolder = FileManager.default.temporaryDirectory.appending(path: "gps-e2e-\(UUID().uuidString)")
    }

    /// `gps` is built beside the test bundle, because the test target depends on it.
    static let builtBinary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appending(path: "gps") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../../.build/debug/gps")
    }()

    var environment: [String: String] {
        var environment = [
            "GPS_DATA_DIR": dataFolder.path, "HOME": dataFolder.path, "LANG": "nl_BE.UTF-8", "NO_COLOR": "1",
            "PATH": "/usr/bin:/bin",
        ]
        environment.merge(extraEnvironment) { $1 }
        return environment
    }

    func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        return process
    }

    @discardableResult
    func run(_ arguments: [String], input: [String] = []) throws -> Result {
        let process = process(arguments)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let text = input.map { $0 + "\n" }.joined()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(text.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ReadInBackground(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }

    /// A file in a folder of her own beside the data folder: `-o` refuses to write inside it.
    func outputFile(_ name: String) throws -> URL {
        let folder = dataFolder.appendingPathExtension("uitvoer")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appending(path: name)
    }

    func caseFile(_ id: String) -> URL {
        dataFolder.appending(path: "cases/\(id).json")
    }

    func caseJSON(_ id: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: caseFile(id))) as? [String: Any] ?? [:]
    }

    func answers(_ id: String) throws -> [String: Any] {
        try caseJSON(id)["answers"] as? [String: Any] ?? [:]
    }

    func mode(of url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// Drains a pipe on another thread so a full pipe can never block the child.
final class ReadInBackground: @unchecked Sendable {
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

/// The case id `gps` printed in "gps verder ID".
func resumeID(in output: String) -> String? {
    guard let range = output.range(of: #"gps (verder|resume) [0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+"#, options: .regularExpression)
    else { return nil }
    return String(output[range].split(separator: " ").last!)
}

/// Runs a tool `.ci/run` installs; nil when it is missing.
func runTool(_ name: String, _ arguments: [String], input: String) throws -> GPSProcess.Result? {
    guard let path = ["/usr/bin", "/bin", "/usr/local/bin"].map({ "\($0)/\(name)" })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let out = ReadInBackground(stdout.fileHandleForReading)
    let err = ReadInBackground(stderr.fileHandleForReading)
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return GPSProcess.Result(
        status: process.terminationStatus, stdout: String(decoding: out.wait(), as: UTF8.self),
        stderr: String(decoding: err.wait(), as: UTF8.self))
}
