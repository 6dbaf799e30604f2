/// Dates as the record writes them: "20 november 2026", or "20/11/2026" in a table.
/// Month names come from the message table, so the output never depends on the system locale.
struct RecordDate {
    let texts: MessageTable

    func long(_ day: CaseDay) -> String {
        let months = texts(.monthNames).split(separator: ",").map(String.init)
        let month = months.indices.contains(day.month - 1) ? months[day.month - 1] : String(day.month)
        return "\(day.day) \(month) \(day.year)"
    }

    func short(_ day: CaseDay) -> String {
        let text = day.description
        return texts(.shortDate, [
            "d": String(text.suffix(2)), "m": String(text.dropFirst(5).prefix(2)), "y": String(text.prefix(4)),
        ])
    }
}
