/// The limits of `InputLimits` while she types: a list ends at `InputLimits.entries` entries
/// and a multi-line answer at `InputLimits.answerBytes`, as if she pressed Enter, with a word
/// why. Piped input that never ends (`yes | gps nieuw`) can so never grow a case without bound.
extension QuestionPrompter {
    /// True, once she is told, when a list holds as many entries as GPS takes.
    func isFull(_ count: Int) -> Bool {
        guard count >= InputLimits.entries else { return false }
        say(.listFull, ["limit": String(InputLimits.entries)])
        return true
    }

    /// True, once she is told, when an answer is as long as GPS takes.
    func isFull(text: String) -> Bool {
        guard text.utf8.count >= InputLimits.answerBytes else { return false }
        say(.answerFull, ["limit": InputLimits.megabytes(InputLimits.answerBytes)])
        return true
    }

    /// At most as many entries as GPS takes from a list written in her editor.
    func limited<Entry>(_ entries: [Entry]) -> [Entry] {
        guard entries.count > InputLimits.entries else { return entries }
        _ = isFull(entries.count)
        return Array(entries.prefix(InputLimits.entries))
    }
}
