/// Reads stakeholders typed by their number in the list: `2, 5` or `2 5`.
enum PeopleInput {
    /// The names in the order typed, each once; nil when a token is not a listed number.
    /// An empty line is nobody.
    static func names(_ line: String, from stakeholders: [Stakeholder]) -> [String]? {
        let tokens = line.split(whereSeparator: { ", ;".contains($0) })
        var names: [String] = []
        for token in tokens {
            guard let index = TypedNumber.index(token, count: stakeholders.count) else { return nil }
            let name = stakeholders[index].name
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
