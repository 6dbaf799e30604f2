/// `gps wet --zoek`: every citation in a text, one line each — `line:column`, the text as
/// written, what it refers to — then a note for each citation that is not simply right, the
/// count, the status date and the disclaimer.
///
/// Built for 50 MB of notes: it works on the UTF-8 bytes, writes each distinct resolution's
/// words once and then copies them, and hands the report out in chunks of about a megabyte.
public struct ReferenceReport: Sendable {
    public let wording: LawWording
    let scanner: ReferenceScanner
    static let chunkSize = 1 << 20

    public init(wording: LawWording) {
        self.wording = wording
        scanner = ReferenceScanner(rulebook: wording.rulebook)
    }

    private var texts: MessageTable { wording.texts }

    /// The whole report as one string, for short texts and tests.
    public func render(_ text: String) -> String {
        var report: [UInt8] = []
        var native = text
        native.withUTF8 { bytes in write(scanning: bytes) { report += $0 } }
        return String(decoding: report, as: UTF8.self)
    }

    /// Scans `bytes` and passes the report to `emit` in order, in chunks.
    public func write(scanning bytes: UnsafeBufferPointer<UInt8>, to emit: ([UInt8]) -> Void) {
        let pass = scanner.scan(bytes: bytes)
        var out: [UInt8] = []
        out.reserveCapacity(Self.chunkSize + 4096)
        out += Array((wording.statusLine + "\n\n").utf8)
        var columns = ResolvedColumns(report: self, targets: pass.targets)
        var position = LinePosition()
        for match in pass.found {
            position.advance(to: match.offsets.lowerBound, in: bytes)
            Self.append(position.line, to: &out)
            out.append(UInt8(ascii: ":"))
            Self.append(position.column, to: &out)
            out.append(0x09)
            for byte in bytes[match.offsets] { out.append(byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte) }
            out.append(0x09)
            out += columns.bytes(for: match, in: bytes)
            out.append(0x0A)
            if out.count >= Self.chunkSize {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        out += Array(footer(notes: columns.notes, count: pass.found.count).utf8)
        emit(out)
    }

    private func footer(notes: [String], count: Int) -> String {
        var lines = [""]
        if !notes.isEmpty {
            lines += [texts(.lawSearchNotesLabel)] + notes.enumerated().map { "  \($0 + 1). \($1)" } + [""]
        }
        lines.append(count == 0 ? texts(.lawSearchNone) : texts(.lawSearchCount, ["count": String(count)]))
        lines.append(wording.disclaimer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Decimal digits of a non-negative number, without making a string.
    static func append(_ value: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The third column per distinct citation, made the first time it is needed; citations that
    /// need explaining get a numbered note, in order of first appearance.
    struct ResolvedColumns {
        let report: ReferenceReport
        let targets: [ScanPass.Target]
        var cache: [[UInt8]?]
        var notes: [String] = []

        init(report: ReferenceReport, targets: [ScanPass.Target]) {
            self.report = report
            self.targets = targets
            cache = Array(repeating: nil, count: targets.count)
        }

        mutating func bytes(for match: ScanPass.Match, in text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            if let cached = cache[match.target] { return cached }
            let made = Array(column(for: targets[match.target], written: text[match.offsets]).utf8)
            cache[match.target] = made
            return made
        }

        private mutating func column(for target: ScanPass.Target, written: Slice<UnsafeBufferPointer<UInt8>>) -> String {
            let wording = report.wording
            let cited: String =
                switch target.key {
                case .article(let number, _, _): number.description
                case .phrase: String(decoding: written, as: UTF8.self)
                }
            guard let note = ResolutionText(wording: wording).note(for: target.resolution, cited: cited) else {
                return wording.name(ofProvision: target.resolution.meantProvision ?? "")
            }
            notes.append(note)
            let number = String(notes.count)
            guard let meant = target.resolution.meantProvision else {
                return wording.texts(.lawResolvedWarning, ["note": number])
            }
            return wording.texts(.lawResolvedMeant, ["meant": wording.name(ofProvision: meant), "note": number])
        }
    }
}

/// Line and column (1-based, in characters) of byte offsets visited in increasing order, so
/// the text is walked once however many citations it holds.
struct LinePosition {
    private(set) var line = 1
    private(set) var column = 1
    private var lineStart = 0
    private var scanned = 0

    mutating func advance(to offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        for index in scanned..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        scanned = offset
        column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
    }
}
