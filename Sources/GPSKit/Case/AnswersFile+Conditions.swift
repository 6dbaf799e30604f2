extension AnswersFile {
    /// The `conditions` field checked against the rulebook and against the provisions the
    /// answers to H1 name or a step rests on: `{"458bis": {"bound": {"judgment": "yes", "why":
    /// "…"}}}`; a point with options takes `"options": ["violence"]` (or `"none"`, `"unknown"`).
    /// A provision may be named by id or as she would cite it; it is stored under its id.
    func conditionJudgments(
        allowed provisionIDs: [String], normsQuestion: String?, rulebook: Rulebook, scanner: ReferenceScanner? = nil
    ) throws(AnswersFileError) -> ConditionJudgments {
        let scanner = scanner ?? ReferenceScanner(rulebook: rulebook)
        var problems: [AnswersFileProblem] = []
        var judgments: ConditionJudgments = [:]
        for (key, value) in rawConditions.sorted(by: { $0.key < $1.key }) {
            guard let id = scanner.lookup(key)?.providedProvision, let provision = rulebook.provision(id: id) else {
                problems.append(.unknownProvision(key))
                continue
            }
            guard provisionIDs.contains(id) else {
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
        guard case .object(let fields) = entry, Set(fields.keys).isSubset(of: ["judgment", "options", "why"]),
            fields["why"] == nil || fields["why"]?.string != nil
        else { return .failure(.wrongFieldType(field: "conditions.\(key).\(conditionID)")) }
        let picked: [String]
        switch fields["options"] {
        case nil: picked = []
        case .string(let one)?: picked = [one]
        case let value?:
            guard let several = value.strings, condition.isChoice else { return .failure(.wrongFieldType(field: "conditions.\(key).\(conditionID).options")) }
            picked = several
        }
        let judgment: ConditionJudgment.Judgment
        var options: [String] = []
        switch Self.pick(picked, of: condition) {
        case .failure(let error):
            return .failure(.unknownOption(provision: key, condition: conditionID, value: error.value, known: condition.options.map(\.id)))
        case .success(let fromOptions?):
            judgment = fromOptions.judgment
            options = fromOptions.options
            if let typed = fields["judgment"]?.string, ConditionJudgment.Judgment(rawValue: typed) != judgment {
                return .failure(.wrongFieldType(field: "conditions.\(key).\(conditionID).judgment"))
            }
        case .success(nil):
            guard let typed = fields["judgment"]?.string else { return .failure(.wrongFieldType(field: "conditions.\(key).\(conditionID)")) }
            guard let plain = ConditionJudgment.Judgment(rawValue: typed) else {
                return .failure(.unknownJudgment(provision: key, condition: conditionID, value: typed))
            }
            judgment = plain
        }
        let why = fields["why"]?.string ?? ""
        guard why.utf8.count <= InputLimits.answerBytes else {
            return .failure(.tooLong(question: "conditions.\(key).\(conditionID)", bytes: why.utf8.count, limit: InputLimits.answerBytes))
        }
        return .success(ConditionJudgment(judgment, options: options, why: why))
    }

    /// Picked options as a judgment: any listed option is yes, "none" is no, "unknown" not sure;
    /// nil when nothing was picked. Fails with the first value the point does not offer.
    private static func pick(_ picked: [String], of condition: Condition) -> Result<(judgment: ConditionJudgment.Judgment, options: [String])?, PickError> {
        guard !picked.isEmpty else { return .success(nil) }
        if picked == [ConditionJudgment.noneOption] { return .success((.no, [])) }
        if picked == [ConditionJudgment.unknownOption] { return .success((.notSure, [])) }
        if let unknown = picked.first(where: { condition.option($0) == nil }) { return .failure(PickError(value: unknown)) }
        return .success((.yes, picked))
    }

    private struct PickError: Error { let value: String }
}

extension Resolution {
    /// The provision when the rulebook names it outright, for places that take no guesses.
    var providedProvision: String? {
        if case .provision(let id) = self { id } else { nil }
    }
}
