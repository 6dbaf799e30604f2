import Foundation

/// How much GPS takes in, in one place, and named in the messages that refuse more. A
/// reflection never needs more; the limits keep a pasted file or a runaway script from filling
/// the disk with a case that no record can show.
public enum InputLimits {
    /// One answer: one typed line, or one text in an answers file (UTF-8 bytes).
    public static let answerBytes = 1_000_000
    /// Items in any one list of an answers file: list answers, stakeholders, steps, the names in a
    /// step, picked options (see `AnswersFileLimits`).
    public static let entries = 1_000
    /// Earlier pictures of the network in an answers file: two years of them, one a week.
    public static let earlierEcograms = 100
    /// The people in all earlier pictures together: 100 pictures of 100 people. Without it, 100
    /// pictures of 1,000 made a case of 23 MB that every `gps rapport` and `gps lijst` reads.
    public static let earlierEcogramStakeholders = 10_000
    /// A whole answers file.
    public static let answersFileBytes = 50_000_000

    /// `1 MB`, `50 MB`: how the messages state a limit.
    public static func megabytes(_ bytes: Int) -> String {
        bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
