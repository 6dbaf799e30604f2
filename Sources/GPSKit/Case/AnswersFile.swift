import Foundation

/// A file of answers for `gps nieuw --antwoorden`: for scripts, tests and the worked examples.
///
///     { "title": "…", "date": "2026-11-20", "route": "gps",
///       "answers": { "hamvraag": "…", "feiten": ["…"], "betrokkenen": [{"name": "…"}] } }
///
/// Every problem is collected and named (the question id, the expected kind), none is guessed away.
public struct AnswersFile: Sendable, Equatable {
    public var title: String?
    public var date: CaseDay?
    public var route: String?
    /// The answers in the raw form, checked against a route by `answers(for:)`.
    let rawAnswers: [String: JSONValue]
    let name: String

    static let topLevelKeys: Set<String> = ["title", "date", "route", "answers"]

    public init(text: String, name: String) throws(AnswersFileError) {
        self.name = name
        let top: JSONValue
        do {
            top = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw AnswersFileError(file: name, problems: [.unreadable(detail: DecodingErrorText.describe(error))])
        }
        guard case .object(let fields) = top else { throw AnswersFileError(file: name, problems: [.notAnObject]) }
        var problems = fields.keys.sorted().filter { !Self.topLevelKeys.contains($0) }.map(AnswersFileProblem.unknownField)
        title = fields["title"]?.string
        route = fields["route"]?.string
        if fields["title"] != nil, title == nil { problems.append(.wrongFieldType(field: "title")) }
        if fields["route"] != nil, route == nil { problems.append(.wrongFieldType(field: "route")) }
        if let dateValue = fields["date"] {
            date = dateValue.string.flatMap(CaseDay.init(parsing:))
            if date == nil { problems.append(.invalidDate(field: "date", value: Self.show(dateValue))) }
        }
        switch fields["answers"] {
        case .object(let answers): rawAnswers = answers
        case nil: rawAnswers = [:]
        default:
            rawAnswers = [:]
            problems.append(.wrongFieldType(field: "answers"))
        }
        guard problems.isEmpty else { throw AnswersFileError(file: name, problems: problems) }
    }

    /// The answers checked against a route: unknown ids, wrong types, unknown choices and bad
    /// dates are errors; an empty answer to an optional question counts as passed.
    public func answers(for questionnaire: Questionnaire) throws(AnswersFileError) -> (answers: [String: Answer], skipped: Set<String>) {
        var problems: [AnswersFileProblem] = []
        var answers: [String: Answer] = [:]
        var skipped: Set<String> = []
        for (id, value) in rawAnswers.sorted(by: { $0.key < $1.key }) {
            guard let question = questionnaire.question(withID: id) else {
                problems.append(.unknownQuestion(id, route: questionnaire.id))
                continue
            }
            switch AnswerConversion(question: question).answer(from: value) {
            case .success(let answer) where answer.isEmpty:
                if question.optional { skipped.insert(id) } else { problems.append(.requiredEmpty(id)) }
            case .success(let answer): answers[id] = answer
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw AnswersFileError(file: name, problems: problems) }
        return (answers, skipped)
    }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .number(let number): String(number)
        case .bool(let flag): String(flag)
        case .null: "null"
        case .array: "[…]"
        case .object: "{…}"
        }
    }
}
