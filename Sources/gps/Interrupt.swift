import Dispatch
import Foundation
import GPSKit

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C during the wizard: every answer is already saved, so it only says how to go on and
/// exits with 130. Uses a dispatch source so `readLine` is never interrupted mid-call.
enum Interrupt {
    static func whileAsking<Result>(say message: @escaping @Sendable () -> String, _ body: () throws -> Result) rethrows -> Result {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: { @Sendable in
            FileHandle.standardError.write(Data(("\n" + message() + "\n").utf8))
            exit(ExitStatus.interrupted.rawValue)
        })
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        return try body()
    }
}
