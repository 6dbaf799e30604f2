/// What `gps` may add to plain text on a stream: colour and input markers. Decided once from
/// whether the streams are terminals and from the environment, so the rules can be tested
/// without a terminal.
public struct OutputPolicy: Sendable, Equatable {
    /// ANSI colour on standard error (the only place gps colours: the error prefix).
    public var colourOnStandardError: Bool
    /// The `> ` markers before input. Scripted input still works without them.
    public var inputMarkers: Bool
    /// `--stil`: notes on standard error are left out; errors never are.
    public var quiet: Bool
    /// Bidirectional controls shown as `<U+202E>` (see `BidiControls`): on a terminal only, so
    /// a redirected record keeps what she typed.
    public var escapeBidiOnStandardOutput: Bool
    public var escapeBidiOnStandardError: Bool

    public init(
        colourOnStandardError: Bool, inputMarkers: Bool, quiet: Bool, escapeBidiOnStandardOutput: Bool = false,
        escapeBidiOnStandardError: Bool = false
    ) {
        self.colourOnStandardError = colourOnStandardError
        self.inputMarkers = inputMarkers
        self.quiet = quiet
        self.escapeBidiOnStandardOutput = escapeBidiOnStandardOutput
        self.escapeBidiOnStandardError = escapeBidiOnStandardError
    }

    public init(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, stderrIsTerminal: Bool, environment: [String: String], quiet: Bool) {
        colourOnStandardError = stderrIsTerminal && Self.colourAllowed(environment)
        inputMarkers = stdinIsTerminal && stdoutIsTerminal
        self.quiet = quiet
        escapeBidiOnStandardOutput = stdoutIsTerminal
        escapeBidiOnStandardError = stderrIsTerminal
    }

    /// no-color.org: `NO_COLOR` counts when present and not empty; a dumb terminal has no colour.
    static func colourAllowed(_ environment: [String: String]) -> Bool {
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The markers the wizard writes before it reads (`> `, and `… ` for a next line).
    public static let markers = ["> ", "… "]

    /// The text without a trailing input marker when markers are off.
    public func withoutMarker(_ text: String) -> String {
        guard !inputMarkers, let marker = Self.markers.first(where: { text.hasSuffix($0) }) else { return text }
        return String(text.dropLast(marker.count))
    }
}
