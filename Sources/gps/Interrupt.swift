import Dispatch
import Foundation
import GPSKit
import Synchronization

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
    /// True while her editor is open (`:e`): Ctrl-C there belongs to the editor, not to gps.
    static let editing = Atomic<Bool>(false)

    static func whileAsking<Result>(say message: @escaping @Sendable () -> String, _ body: () throws -> Result) rethrows -> Result {
        let sources = [(SIGINT, ExitStatus.interrupted), (SIGTERM, .terminated)].map { signalNumber, status in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler(handler: { @Sendable in
                if signalNumber == SIGINT, editing.load(ordering: .sequentiallyConsistent) { return }
                saving.lock()
                _ = DescriptorWrite.all("\n" + message() + "\n", to: STDERR_FILENO)
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

    static func whileEditing<Result>(_ body: () -> Result) -> Result {
        editing.store(true, ordering: .sequentiallyConsistent)
        defer { editing.store(false, ordering: .sequentiallyConsistent) }
        return body()
    }

    /// Runs one save so that a signal cannot end the process half-way through it.
    static func atomically<T>(_ save: () throws(CaseStoreError) -> T) throws(CaseStoreError) -> T {
        saving.lock()
        defer { saving.unlock() }
        return try save()
    }
}

extension LockedCase {
    /// Saves so that a signal cannot end the process half-way through the save.
    func saveUninterrupted(_ caseFile: CaseFile) throws(CaseStoreError) {
        try Interrupt.atomically { () throws(CaseStoreError) in try save(caseFile) }
    }
}
