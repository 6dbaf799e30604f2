import Dispatch
import Foundation
import GPSKit

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C (SIGINT) or SIGTERM during the wizard: every answer is already saved, so it only says
/// how to go on and exits, with 130 for SIGINT and 143 for SIGTERM (128 + the signal, as a shell
/// reports a process killed by it). Dispatch sources run the handler on another thread, so
/// `readLine` is never interrupted mid-call; the handler takes `saving` first, so a save that
/// is under way when the signal comes finishes before the process ends.
enum Interrupt {
    static let saving = NSLock()

    static func whileAsking<Result>(say message: @escaping @Sendable () -> String, _ body: () throws -> Result) rethrows -> Result {
        let sources = [(SIGINT, ExitStatus.interrupted), (SIGTERM, .terminated)].map { signalNumber, status in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler(handler: { @Sendable in
                saving.lock()
                FileHandle.standardError.write(Data(("\n" + message() + "\n").utf8))
                exit(status.rawValue)
            })
            source.resume()
            return (signalNumber, source)
        }
        defer {
            for (signalNumber, source) in sources {
                source.cancel()
                signal(signalNumber, SIG_DFL)
            }
        }
        return try body()
    }

    /// Runs one save so that a signal cannot end the process half-way through it.
    static func atomically<T>(_ save: () throws(CaseStoreError) -> T) throws(CaseStoreError) -> T {
        saving.lock()
        defer { saving.unlock() }
        return try save()
    }
}
