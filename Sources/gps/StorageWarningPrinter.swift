import Foundation
import GPSKit

/// Shows each storage warning once on standard error, even under `--stil`: a folder others can
/// read matters more than a quiet screen. Unchecked Sendable: the case store may warn from any
/// thread, and the lock guards the one piece of state; the terminal only appends to stderr.
final class StorageWarningPrinter: @unchecked Sendable {
    private let terminal: Terminal
    private let texts: MessageTable
    private let lock = NSLock()
    private var shown: Set<StorageWarning> = []

    init(terminal: Terminal, texts: MessageTable) {
        self.terminal = terminal
        self.texts = texts
    }

    func show(_ warning: StorageWarning) {
        let isNew = lock.withLock { shown.insert(warning).inserted }
        guard isNew else { return }
        terminal.error(texts(.warningPrefix) + " " + StorageWarningText.describe(warning, texts) + "\n")
    }
}
