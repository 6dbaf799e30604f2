import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The name of the temporary file a save writes before renaming it into place:
/// `<name>.<pid>.<random>.tmp`, e.g. `2026-11-23-xh4.json.4242.17.tmp`. It starts with the case
/// id and no dot, so `ls` shows it and the delete recipe `rm cases/ID.*` takes it with the case
/// when a kill left it behind; the pid says whether its writer still runs.
enum TemporaryFileName {
    static func make(for name: String, pid: Int32 = getpid()) -> String {
        "\(name).\(pid).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// The pid in a temporary file's name, also in the hidden form `.<name>.<pid>.<random>.tmp`
    /// that GPS used before; nil for any other name.
    static func pid(in name: String) -> Int32? {
        guard name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, UInt32(parts[parts.count - 1]) != nil, let pid = Int32(parts[parts.count - 2]), pid > 0
        else { return nil }
        return pid
    }
}
