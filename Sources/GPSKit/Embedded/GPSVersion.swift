/// The version `gps --version` shows.
public enum GPSVersion {
    public static let number = "0.1.0"

    public static var description: String {
        "gps \(number) (Swift \(swiftVersion))"
    }

    /// Three lines: the version, the rulebook's status date written as the record and `gps wet`
    /// write it (a dash while it has none), and the Swift that compiled this binary.
    public static func text(rulebookDate: String?, texts: MessageTable) -> String {
        let date = rulebookDate.map { day in CaseDay(parsing: day).map { RecordDate(texts: texts).long($0) } ?? day }
        return [
            "gps \(number)",
            texts(.versionRulebook, ["date": date ?? "—"]),
            texts(.versionSwift, ["version": swiftVersion]),
        ].joined(separator: "\n") + "\n"
    }

    /// The compiler's version, fixed at compile time: a binary cannot ask `swift --version` where
    /// it runs. `compiler(>=)` follows the toolchain, where `swift(>=)` would follow the language
    /// mode. A toolchain newer than the list shows as the newest known with a `+`; a test compares
    /// the list with `swift --version` so it cannot silently fall behind.
    public static var swiftVersion: String {
        #if compiler(>=6.4)
            "6.4+"
        #elseif compiler(>=6.3.3)
            "6.3.3+"
        #elseif compiler(>=6.3.2)
            "6.3.2"
        #elseif compiler(>=6.3.1)
            "6.3.1"
        #elseif compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2.3)
            "6.2.3+"
        #elseif compiler(>=6.2.2)
            "6.2.2"
        #elseif compiler(>=6.2.1)
            "6.2.1"
        #elseif compiler(>=6.2)
            "6.2"
        #elseif compiler(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }
}
