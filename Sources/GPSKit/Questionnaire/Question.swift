/// One question of a questionnaire, as its authors wrote it in the data file.
public struct Question: Codable, Sendable, Equatable, Identifiable {
    /// Stable id; answers are stored under it, so it never changes once released.
    public var id: String
    /// The method ids (K1…O4) this question asks.
    public var covers: [String]
    public var kind: QuestionKind
    /// What the answer means to the record and the checks, for questions that carry one.
    public var role: QuestionRole?
    /// The short heading the answer gets in the decision record.
    public var label: LocalizedText
    public var prompt: LocalizedText
    /// Explains the question and gives one example; shown on `?`.
    public var help: LocalizedText
    public var optional: Bool
    /// For `choice` questions.
    public var choices: [Choice]?
    /// For `choice` questions: may she pick more than one?
    public var multiple: Bool?
    /// For `choice` questions: may she add her own values besides the choices?
    public var allowOther: Bool?
    /// Asked only after a certain answer to an earlier question.
    public var askIf: AskIf?

    public init(
        id: String, covers: [String], kind: QuestionKind, role: QuestionRole? = nil,
        label: LocalizedText, prompt: LocalizedText, help: LocalizedText, optional: Bool,
        choices: [Choice]? = nil, multiple: Bool? = nil, allowOther: Bool? = nil, askIf: AskIf? = nil
    ) {
        self.id = id
        self.covers = covers
        self.kind = kind
        self.role = role
        self.label = label
        self.prompt = prompt
        self.help = help
        self.optional = optional
        self.choices = choices
        self.multiple = multiple
        self.allowOther = allowOther
        self.askIf = askIf
    }

    public var allowsMultipleChoices: Bool { multiple ?? false }

    /// Whether the question is asked in this case: always, unless it waits for an answer that
    /// was not given.
    public func applies(to caseFile: CaseFile) -> Bool { askIf?.holds(in: caseFile) ?? true }
    public var allowsOtherValues: Bool { allowOther ?? false }
}

/// One option of a `choice` question.
public struct Choice: Codable, Sendable, Equatable {
    public var id: String
    public var label: LocalizedText

    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}
