/// Where the wizard reads lines and writes text. The `gps` executable passes the terminal;
/// tests pass a scripted console.
public protocol Console: AnyObject {
    /// The next line without its line ending, or nil at end of input (Ctrl-D).
    func nextLine() -> String?
    func write(_ text: String)
}
