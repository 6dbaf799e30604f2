import Foundation

/// Where GPS keeps its files: `$GPS_DATA_DIR`, else `$XDG_DATA_HOME/gps`, else
/// `~/.local/share/gps`. An empty or relative `XDG_DATA_HOME` is ignored, as the XDG spec says.
public enum DataFolder {
    public static func resolve(environment: [String: String]) -> URL {
        if let custom = environment["GPS_DATA_DIR"], !custom.isEmpty {
            return URL(fileURLWithPath: custom, isDirectory: true)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appending(path: "gps", directoryHint: .isDirectory)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appending(path: ".local/share/gps", directoryHint: .isDirectory)
    }
}
