/// Reads who takes part: names or initials, several on a line separated by commas. Two people
/// with the same name (ignoring case) or an empty name are refused, naming the problem.
enum ParticipantList {
    enum Problem: Error, Equatable {
        case emptyName
        case duplicate(String)
    }

    /// `names` with the ones on `line` added, or the first problem (and nothing added).
    static func adding(_ line: String, to names: [String]) -> Result<[String], Problem> {
        let typed = line.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var result = names
        for name in typed {
            guard !name.isEmpty else { return .failure(.emptyName) }
            if result.contains(where: { $0.lowercased() == name.lowercased() }) { return .failure(.duplicate(name)) }
            result.append(name)
        }
        return .success(result)
    }

    /// "4" stands for four people who stay anonymous: `deelnemer 1` … `deelnemer 4`.
    static func numbered(_ line: String, texts: MessageTable) -> [String]? {
        guard let count = Int(line.trimmingCharacters(in: .whitespaces)), (1...99).contains(count) else { return nil }
        return (1...count).map { texts(.intervisionNumberedParticipant, ["n": String($0)]) }
    }
}
