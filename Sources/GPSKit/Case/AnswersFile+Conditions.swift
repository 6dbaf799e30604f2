extension AnswersFile {
    /// The `conditions` field checked against the rulebook and against the provisions the
    /// answers to H1 name: `{"458bis": {"bound": {"judgment": "yes", "why": "…"}}}`. A provision
    /// may be named by id or as she would cite it; it is stored under its id.
    func conditionJudgments(
        named law: CitedLaw, normsQuestion: String?, rulebook: Rulebook, scanner: ReferenceScanner? = nil
    ) throws(AnswersFileError) -> ConditionJudgments {
        let scanner = scanner ?? ReferenceScanner(rulebook: rulebook)
        var problems: [AnswersFileProblem] = []
        var judgments: ConditionJudgments = [:]
        for (key, value) in rawConditions.sorted(by: { $0.key < $1.key }) {
            guard let id = scanner.lookup(key)?.providedProvision, let provision = rulebook.provision(id: id) else {
                problems.append(.unknownProvision(key))
                continue
            }
            guard law.provisionIDs.contains(id) else {
                problems.append(.provisionNotNamed(key, question: normsQuestion ?? "H1"))
                continue
            }
            guard case .object(let conditions) = value else {
                problems.append(.wrongFieldType(field: "conditions.\(key)"))
                continue
            }
            for (conditionID, entry) in conditions.sorted(by: { $0.key < $1.key }) {
                switch Self.judgment(entry, of: conditionID, in: provision, cited: key) {
                case .success(let judgment): judgments[id, default: [:]][conditionID] = judgment
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        guard problems.isEmpty else { throw AnswersFileError(file: name, problems: problems) }
        return judgments
    }

    private static func judgment(_ entry: JSONValue, of conditionID: String, in provision: Provision, cited key: String)
        -> Result<ConditionJudgment, AnswersFileProblem>
    {
        guard let condition = provision.condition(conditionID), condition.isJudged else {
            return .failure(.unknownCondition(provision: key, condition: conditionID, known: provision.conditions.filter(\.isJudged).map(\.id)))
        }
        guard case .object(let fields) = entry, Set(fields.keys).isSubset(of: ["judgment", "why"]),
            let typed = fields["judgment"]?.string, fields["why"] == nil || fields["why"]?.string != nil
        else { return .failure(.wrongFieldType(field: "conditions.\(key).\(conditionID)")) }
        guard let judgment = ConditionJudgment.Judgment(rawValue: typed) else {
            return .failure(.unknownJudgment(provision: key, condition: conditionID, value: typed))
        }
        let why = fields["why"]?.string ?? ""
        guard why.utf8.count <= InputLimits.answerBytes else {
            return .failure(.tooLong(question: "conditions.\(key).\(conditionID)", bytes: why.utf8.count, limit: InputLimits.answerBytes))
        }
        return .success(ConditionJudgment(judgment, why: why))
    }
}

extension Resolution {
    /// The provision when the rulebook names it outright, for places that take no guesses.
    var providedProvision: String? {
        if case .provision(let id) = self { id } else { nil }
    }
}
