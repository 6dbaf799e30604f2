import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lines from standard input, read by hand so that no line can take more memory than the limit
/// (a pasted 10 MB file is counted and dropped, not held) and bytes that are not UTF-8 are seen.
final class StandardInputLines {
    enum Line: Equatable {
        /// The line without its ending; `repaired` when bytes that are not UTF-8 became U+FFFD.
        case text(String, repaired: Bool)
        /// Longer than the limit; only its length is kept.
        case tooLong(bytes: Int)
        case end
    }

    private var pending: [UInt8] = []
    private var atEnd = false
    private let chunk = 64 * 1024

    func next(limit: Int) -> Line {
        var dropped = 0
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if dropped > 0 { return .tooLong(bytes: dropped + line.count) }
                return line.count > limit ? .tooLong(bytes: line.count) : Self.decode(line)
            }
            if atEnd {
                defer { pending = [] }
                if dropped > 0 { return .tooLong(bytes: dropped + pending.count) }
                return pending.isEmpty ? .end : Self.decode(pending)
            }
            if pending.count > limit {
                dropped += pending.count
                pending = []
            }
            fill()
        }
    }

    private func fill() {
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = read(STDIN_FILENO, &buffer, chunk)
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                atEnd = true
            } else {
                pending.append(contentsOf: buffer[..<count])
            }
            return
        }
    }

    private static func decode(_ bytes: [UInt8]) -> Line {
        let line = bytes.last == 0x0D ? Array(bytes.dropLast()) : bytes
        if let text = String(validating: line, as: UTF8.self) { return .text(text, repaired: false) }
        return .text(String(decoding: line, as: UTF8.self), repaired: true)
    }
}
