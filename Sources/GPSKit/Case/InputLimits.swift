import Foundation

/// How much GPS takes in, in one place, and named in the messages that refuse more. A
/// reflection never needs more; the limits keep a pasted file or a runaway script from filling
/// the disk with a case that no record can show.
public enum InputLimits {
    /// One answer: one typed line, or one text in an answers file (UTF-8 bytes).
    public static let answerBytes = 1_000_000
    /// Items in one list, stakeholders or action items.
    public static let entries = 1_000
    /// Earlier pictures of the network in an answers file: two years of them, one a week. With
    /// 1,000 stakeholders at most in each, a case stays a few MB.
    public static let earlierEcograms = 100
    /// A whole answers file.
    public static let answersFileBytes = 50_000_000

    /// `1 MB`, `50 MB`: how the messages state a limit.
    public static func megabytes(_ bytes: Int) -> String {
        bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// What in `answers` goes past the limits, question by question.
    static func problems(in answers: [String: Answer]) -> [AnswersFileProblem] {
        answers.keys.sorted().flatMap { id in problems(in: answers[id]!, question: id) }
    }

    private static func problems(in answer: Answer, question: String) -> [AnswersFileProblem] {
        var texts: [String] = []
        var count = 0
        switch answer {
        case .text(let text): texts = [text]
        case .list(let items): (texts, count) = (items, items.count)
        case .choice(let choice): (texts, count) = (choice.other, choice.other.count)
        case .yesNo: break
        case .stakeholders(let people): (texts, count) = (people.flatMap { [$0.name, $0.relation, $0.interest, $0.expects] }, people.count)
        case .actions(let items): (texts, count) = (items.flatMap { [$0.what, $0.who, $0.due] }, items.count)
        }
        var problems: [AnswersFileProblem] = []
        if count > entries { problems.append(.tooManyEntries(question: question, count: count, limit: entries)) }
        if let longest = texts.map(\.utf8.count).max(), longest > answerBytes {
            problems.append(.tooLong(question: question, bytes: longest, limit: answerBytes))
        }
        return problems
    }
}
