import Foundation

/// The seed of a property test: from an environment variable to replay a failure, `random` to
/// search further, or the test's own fixed default.
enum TestSeed {
    static func from(_ variable: String, default fixed: UInt64) -> UInt64 {
        let value = ProcessInfo.processInfo.environment[variable] ?? ""
        if value == "random" { return UInt64.random(in: .min ... .max) }
        return UInt64(value) ?? fixed
    }
}
