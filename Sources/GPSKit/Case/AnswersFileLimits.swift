/// The limits of `InputLimits` applied to a whole answers file as parsed, before anything else
/// reads it: every list (answers, the lists inside stakeholders and steps, earlier ecograms and
/// their stakeholders, picked options) and every text. Checking the raw JSON rather than each
/// field as it is converted means no list can slip past, including one a later format adds.
enum AnswersFileLimits {
    /// Lists with a limit of their own; every other list takes `InputLimits.entries`.
    static let listLimits = ["earlierEcograms": InputLimits.earlierEcograms]

    /// Problems are named by path: `feiten` (an answer by its question id), `actieplan[2].participants`,
    /// `earlierEcograms[1].stakeholders`, `conditions.458bis.bound.options`, `title`.
    static func problems(in fields: [String: JSONValue]) -> [AnswersFileProblem] {
        var problems: [AnswersFileProblem] = []
        for key in fields.keys.sorted() {
            if key == "answers", case .object(let answers) = fields[key]! {
                for id in answers.keys.sorted() { check(answers[id]!, path: id, into: &problems) }
            } else {
                check(fields[key]!, path: key, into: &problems)
            }
        }
        if problems.isEmpty, let total = earlierStakeholders(in: fields), total > InputLimits.earlierEcogramStakeholders {
            problems.append(.tooManyInAll(field: "earlierEcograms", count: total, limit: InputLimits.earlierEcogramStakeholders))
        }
        return problems
    }

    private static func earlierStakeholders(in fields: [String: JSONValue]) -> Int? {
        fields["earlierEcograms"]?.array?.reduce(0) { total, picture in total + (picture.object?["stakeholders"]?.array?.count ?? 0) }
    }

    private static func check(_ value: JSONValue, path: String, into problems: inout [AnswersFileProblem]) {
        switch value {
        case .string(let text) where text.utf8.count > InputLimits.answerBytes:
            problems.append(.tooLong(question: path, bytes: text.utf8.count, limit: InputLimits.answerBytes))
        case .array(let items):
            let limit = listLimits[path] ?? InputLimits.entries
            // One problem for a list too long; what is in it is not looked at.
            guard items.count <= limit else {
                return problems.append(.tooManyEntries(question: path, count: items.count, limit: limit))
            }
            for (index, item) in items.enumerated() { check(item, path: "\(path)[\(index + 1)]", into: &problems) }
        case .object(let members):
            for key in members.keys.sorted() { check(members[key]!, path: "\(path).\(key)", into: &problems) }
        default:
            break
        }
    }
}
