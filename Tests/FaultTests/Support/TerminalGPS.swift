import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `gps` with standard output and standard error on a pseudo-terminal, as on
/// her screen, and hands back everything it showed (line ends as the terminal turns them: CR LF).
enum TerminalGPS {
    static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, shown: String) {
        let master = Pseudoterminal.open(O_RDWR | O_NOCTTY)
        guard master >= 0, Pseudoterminal.grant(master) == 0, Pseudoterminal.unlock(master) == 0,
            let name = Pseudoterminal.name(master)
        else { throw TerminalUnavailable() }
        defer { close(master) }
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw TerminalUnavailable() }
        let process = Process()
        process.executableURL = FaultGPS.binary
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        close(slave)
        // Once the child has exited and no one holds the terminal's other end, read fails (EIO).
        var shown = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            shown.append(contentsOf: buffer[..<count])
        }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: shown, as: UTF8.self))
    }

    struct TerminalUnavailable: Error {}
}

/// The C library's pseudo-terminal calls, which the Glibc module does not import (they need
/// _XOPEN_SOURCE), looked up by name.
private enum Pseudoterminal {
    private static func function<T>(_ name: String, as type: T.Type) -> T {
        unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name), to: type)
    }

    static let open = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grant = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlock = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let name = function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}
