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
    /// Earlier pictures of the network, so an example can show what changed since.
    let rawEarlierEcograms: [JSONValue]
    /// Her judgments of the conditions of the provisions named in H1, by provision and condition.
    let rawConditions: [String: JSONValue]
    let name: String

    static let topLevelKeys: Set<String> = ["title", "date", "route", "answers", "earlierEcograms", "conditions"]

    /// Reads the file's bytes: refused whole when it is too large or not UTF-8.
    public init(data: Data, name: String) throws(AnswersFileError) {
        guard data.count <= InputLimits.answersFileBytes else {
            throw AnswersFileError(file: name, problems: [.fileTooLarge(bytes: data.count, limit: InputLimits.answersFileBytes)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AnswersFileError(file: name, problems: [.notUTF8])
        }
        try self.init(text: text, name: name)
    }

    public init(text: String, name: String) throws(AnswersFileError) {
        self.name = name
        let top: JSONValue
        do {
            top = try JSONParser.parse(text)
        } catch {
            throw AnswersFileError(file: name, problems: [.syntax(error)])
        }
        guard case .object(let fields) = top else { throw AnswersFileError(file: name, problems: [.notAnObject]) }
        let tooMuch = AnswersFileLimits.problems(in: fields)
        guard tooMuch.isEmpty else { throw AnswersFileError(file: name, problems: tooMuch) }
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
        switch fields["earlierEcograms"] {
        case .array(let items): rawEarlierEcograms = items
        case nil: rawEarlierEcograms = []
        default:
            rawEarlierEcograms = []
            problems.append(.wrongFieldType(field: "earlierEcograms"))
        }
        switch fields["conditions"] {
        case .object(let conditions): rawConditions = conditions
        case nil: rawConditions = [:]
        default:
            rawConditions = [:]
            problems.append(.wrongFieldType(field: "conditions"))
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
        problems += Self.unknownPeople(in: answers, raw: rawAnswers)
        guard problems.isEmpty else { throw AnswersFileError(file: name, problems: problems) }
        return (Self.migratingOldSharing(answers, raw: rawAnswers), skipped)
    }

    /// The earlier networks, each `{"date": "…", "stakeholders": […]}`, oldest first; every
    /// date must lie before `day`, the date of the case.
    public func earlierEcograms(for questionnaire: Questionnaire, before day: CaseDay) throws(AnswersFileError) -> [EcogramSnapshot] {
        guard !rawEarlierEcograms.isEmpty else { return [] }
        guard let question = questionnaire.questions.first(where: { $0.kind == .stakeholders }) else {
            throw AnswersFileError(file: name, problems: [.unknownField("earlierEcograms")])
        }
        var problems: [AnswersFileProblem] = []
        var snapshots: [EcogramSnapshot] = []
        for item in rawEarlierEcograms {
            guard case .object(let fields) = item, let typed = fields["date"]?.string,
                Set(fields.keys).isSubset(of: ["date", "stakeholders"])
            else {
                problems.append(.wrongFieldType(field: "earlierEcograms"))
                continue
            }
            guard let snapshotDay = CaseDay(parsing: typed) else {
                problems.append(.invalidDate(field: "earlierEcograms.date", value: typed))
                continue
            }
            guard snapshotDay < day else {
                problems.append(.ecogramNotEarlier(snapshotDay))
                continue
            }
            switch AnswerConversion(question: question).answer(from: fields["stakeholders"] ?? .array([])) {
            case .success(.stakeholders(let people)): snapshots.append(EcogramSnapshot(day: snapshotDay, stakeholders: people))
            case .success: problems.append(.wrongType(question: question.id, expected: .stakeholders))
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw AnswersFileError(file: name, problems: problems) }
        return snapshots.sorted { $0.day < $1.day }
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

    /// Every name a step gives must be one of the stakeholders, as the wizard only offers those.
    static func unknownPeople(in answers: [String: Answer], raw: [String: JSONValue]) -> [AnswersFileProblem] {
        let known = stakeholders(in: answers).map(\.name)
        var problems: [AnswersFileProblem] = []
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard case .actions(let items) = answer else { continue }
            for (index, item) in items.enumerated() {
                let fields = raw[id]?.array?[index].object ?? [:]
                let recipientsField = fields["recipients"] != nil ? "recipients" : "sharesWith"
                for (field, names) in [("participants", item.participants), (recipientsField, item.recipients)] {
                    for name in names where !known.contains(name) {
                        problems.append(.unknownPerson(question: id, entry: index + 1, field: field, name: name, known: known))
                    }
                }
            }
        }
        return problems
    }

    /// Steps written with only `sharesWith` (before participants existed) get their participants
    /// the way the wizard would propose them.
    static func migratingOldSharing(_ answers: [String: Answer], raw: [String: JSONValue]) -> [String: Answer] {
        var answers = answers
        let people = StepPeople(stakeholders: stakeholders(in: answers))
        for (id, answer) in answers {
            guard case .actions(var items) = answer, let rawItems = raw[id]?.array else { continue }
            for index in items.indices where index < rawItems.count {
                let fields = rawItems[index].object ?? [:]
                guard fields["sharesWith"] != nil, fields["participants"] == nil, fields["recipients"] == nil else { continue }
                items[index] = people.migrated(items[index])
            }
            answers[id] = .actions(items)
        }
        return answers
    }

    private static func stakeholders(in answers: [String: Answer]) -> [Stakeholder] {
        answers.values.flatMap { answer -> [Stakeholder] in
            if case .stakeholders(let people) = answer { return people }
            return []
        }
    }
}
