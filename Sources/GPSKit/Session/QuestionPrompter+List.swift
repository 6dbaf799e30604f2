import Foundation

extension QuestionPrompter {
    /// One item per line; an empty line ends. Earlier items are shown and kept; `-2` drops item 2.
    func askList() throws(CaseStoreError) -> Result {
        var items: [String] = []
        if case .list(let saved) = saved { items = saved }
        say(.hintList)
        showNumbered(items)
        while true {
            let soFar = items
            switch nextLine(editable: { soFar.joined(separator: "\n") }) {
            case .edited(let text):
                let edited = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return answerOrEmpty(.list(limited(edited)))
            case .text(let line) where line.isEmpty:
                return answerOrEmpty(.list(items))
            case .text(let line):
                if let index = removalIndex(line, count: items.count) {
                    say(.itemRemoved, ["item": items.remove(at: index)])
                } else {
                    items.append(line)
                }
                try keep(.list(items))
                if isFull(items.count) { return answerOrEmpty(.list(items)) }
            case let reply:
                return interrupted(by: reply, partial: items.isEmpty ? nil : .list(items))
            }
        }
    }

    func showNumbered(_ items: [String]) {
        guard !items.isEmpty else { return }
        say(.existingItems)
        for (offset, item) in items.enumerated() {
            console.write("  \(offset + 1). \(item)\n")
        }
    }

    /// `-3` means "drop item 3" when there is an item 3.
    func removalIndex(_ line: String, count: Int) -> Int? {
        guard line.hasPrefix("-") else { return nil }
        return TypedNumber.index(line.dropFirst(), count: count)
    }
}
