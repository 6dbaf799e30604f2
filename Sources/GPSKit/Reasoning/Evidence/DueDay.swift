import Foundation

/// Reads the day in a free-text deadline ("dinsdag 24/11", "2026-12-01", "vandaag", "morgen"), taking
/// the year from the case when she left it out.
enum DueDay {
    static func read(_ text: String, caseDate: CaseDay) -> CaseDay? {
        if let day = CaseDay(parsing: text) { return day }
        for word in text.split(whereSeparator: \.isWhitespace) {
            if let day = CaseDay(parsing: String(word)) { return day }
            if let day = dayAndMonth(String(word), caseDate: caseDate) { return day }
        }
        let folded = text.split(whereSeparator: { !$0.isLetter }).map { TextSignals.fold(String($0)) }
        if folded.contains(where: ["vandaag", "today"].contains) { return caseDate }
        if folded.contains(where: ["overmorgen"].contains) { return caseDate.adding(days: 2) }
        if folded.contains(where: ["morgen", "tomorrow"].contains) { return caseDate.adding(days: 1) }
        return nil
    }

    /// `24/11` or `1/12`: the first such day on or after six months before the case.
    private static func dayAndMonth(_ word: String, caseDate: CaseDay) -> CaseDay? {
        let parts = word.trimmingScalars(in: .punctuationCharacters.subtracting(["/"])).split(separator: "/")
        guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        let year = caseDate.month - month >= 6 ? caseDate.year + 1 : caseDate.year
        return CaseDay(year: year, month: month, day: day)
    }
}
