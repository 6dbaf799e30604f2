import Foundation
import GPSKit

#if canImport(Glibc)
    import Glibc
#endif

/// Standard input and output as the wizard's console, and standard error for messages.
/// On a terminal, long lines break at spaces to fit its width; into a pipe, text goes as is,
/// without input markers or colour (see `OutputPolicy`).
final class Terminal: Console {
    private let width: Int? = Terminal.columns(of: STDOUT_FILENO)
    var policy: OutputPolicy

    /// The editor `:e` opens (VISUAL, else EDITOR), or nil when she set none.
    private let editor: String?

    init(environment: [String: String]) {
        editor = ExternalEditor.command(in: environment)
        policy = OutputPolicy(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1, environment: environment, quiet: false)
    }

    /// Set once the language is known, for what the terminal itself has to say about input.
    var texts = MessageTable.embedded(.nl)
    private let input = StandardInputLines()

    /// A line longer than `InputLimits.answerBytes` is refused with a message and the next one
    /// read; bytes that are not UTF-8 are replaced, and she is told.
    func nextLine() -> String? {
        while true {
            switch input.next(limit: InputLimits.answerBytes) {
            case .end:
                return nil
            case .tooLong(let bytes):
                error(texts(.lineTooLong, [
                    "size": InputLimits.megabytes(bytes), "limit": InputLimits.megabytes(InputLimits.answerBytes),
                ]) + "\n")
            case .text(let line, let repaired):
                if repaired { error(texts(.invalidUTF8Replaced) + "\n") }
                return line
            }
        }
    }

    func edit(_ text: String) -> EditorOutcome {
        guard let editor else { return .noEditor }
        write(texts(.editorOpening, ["editor": editor]) + "\n")
        return Interrupt.whileEditing { ExternalEditor.edit(text, with: editor) }
    }

    func write(_ text: String) {
        let plain = Self.printable(policy.withoutMarker(text), escapingBidi: policy.escapeBidiOnStandardOutput)
        standardOutput(width.map { LineWrapper.wrap(plain, width: $0) } ?? plain)
    }

    /// Text that must reach standard output byte for byte (a script, a man page): never wrapped.
    func writeVerbatim(_ text: String) {
        standardOutput(text)
    }

    func writeVerbatim(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes(standardOutput(bytes:))
    }

    private func standardOutput(_ text: String) {
        var text = text
        text.withUTF8 { standardOutput(bytes: UnsafeRawBufferPointer($0)) }
    }

    private func standardOutput(bytes: UnsafeRawBufferPointer) {
        if StandardDescriptors.outputWasClosed { outputFailed(errno: EBADF) }
        if let failure = DescriptorWrite.all(bytes, to: STDOUT_FILENO) { outputFailed(errno: failure) }
    }

    /// A reader that stopped (`gps rapport ID | head`) ends gps quietly with 0, as it ends `git
    /// log`; any other failure is said on standard error and ends it with 74. Every answer is
    /// saved before the next prompt is written, so nothing is lost either way.
    private func outputFailed(errno code: Int32) -> Never {
        if code == EPIPE { exit(ExitStatus.success.rawValue) }
        let message = StandardDescriptors.outputWasClosed
            ? texts(.outputClosed) : texts(.outputWriteFailed, ["reason": String(cString: strerror(code))])
        error(texts(.errorPrefix) + " " + message + "\n", prefix: texts(.errorPrefix))
        exit(ExitStatus.ioError.rawValue)
    }

    /// Standard error: a failure to write there has nowhere to be reported, so it is ignored.
    func error(_ text: String) {
        _ = DescriptorWrite.all(Self.printable(text, escapingBidi: policy.escapeBidiOnStandardError), to: STDERR_FILENO)
    }

    /// An error, its leading `prefix` ("gps: fout:") in bold red when colour is allowed.
    func error(_ text: String, prefix: String) {
        let plain = Self.printable(text, escapingBidi: policy.escapeBidiOnStandardError)
        guard policy.colourOnStandardError, plain.hasPrefix(prefix) else { return error(text) }
        let coloured = "\u{1B}[1;31m" + prefix + "\u{1B}[0m" + plain.dropFirst(prefix.count)
        _ = DescriptorWrite.all(coloured, to: STDERR_FILENO)
    }

    /// A note (what was saved where): left out under `--stil`.
    func note(_ text: String) {
        if !policy.quiet { error(text) }
    }

    private static func columns(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return min(Int(size.ws_col), 100)
    }

    /// Typed text is echoed back (defaults, titles); a control character in it must not be able
    /// to move the cursor or change the terminal, so only line breaks and tabs pass. On a
    /// terminal, bidirectional controls are shown by their code point.
    static func printable(_ text: String, escapingBidi: Bool) -> String {
        if !mayNeedEscaping(text) { return text }
        let plain = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            return isControl && scalar != "\n" && scalar != "\t" ? "\u{FFFD}" : scalar
        }))
        return escapingBidi ? BidiControls.escaped(plain) : plain
    }

    /// False when the text holds no control character (C0 but line break and tab, DEL, C1 as
    /// 0xC2 0x80–0x9F) and no bidirectional control (U+061C, U+200E/F, U+202A–E, U+2066–9),
    /// read from its UTF-8 bytes: most output then goes out as it is, fast even when it is long.
    private static func mayNeedEscaping(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
            for index in 0..<count {
                let byte = bytes[index]
                if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F { return true }
                guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2, index + 1 < count else { continue }
                let next = bytes[index + 1]
                if byte == 0xC2, (0x80...0x9F).contains(next) { return true }
                if byte == 0xD8, next == 0x9C { return true }
                guard byte == 0xE2, index + 2 < count else { continue }
                let last = bytes[index + 2]
                if next == 0x80, [0x8E, 0x8F, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(last) { return true }
                if next == 0x81, (0xA6...0xA9).contains(last) { return true }
            }
            return false
        }
    }
}
