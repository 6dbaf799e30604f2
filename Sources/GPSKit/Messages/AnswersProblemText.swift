/// An answers-file problem as one line that names the question or field.
enum AnswersProblemText {
    static func describe(_ problem: AnswersFileProblem, _ texts: MessageTable) -> String {
        switch problem {
        case .unreadable(let detail): texts(.apUnreadable, ["detail": detail])
        case .syntax(let error):
            texts(.apSyntax, ["line": String(error.line), "column": String(error.column), "problem": text(of: error.problem, texts)])
        case .notAnObject: texts(.apNotAnObject)
        case .unknownField(let field): texts(.apUnknownField, ["field": field])
        case .wrongFieldType(let field): texts(.apWrongFieldType, ["field": field])
        case .unknownRoute(let route): texts(.apUnknownRoute, ["route": route])
        case .unknownQuestion(let id, let route): texts(.apUnknownQuestion, ["question": id, "route": route])
        case .wrongType(let id, let kind): texts(.apWrongType, ["question": id, "expected": KindText.expected(kind, texts)])
        case .unknownChoice(let id, let value): texts(.apUnknownChoice, ["question": id, "value": value])
        case .tooManyChoices(let id): texts(.apTooManyChoices, ["question": id])
        case .missingName(let id, let entry): texts(.apMissingName, ["question": id, "entry": String(entry)])
        case .unknownEntryField(let id, let entry, let field):
            texts(.apUnknownEntryField, ["question": id, "entry": String(entry), "field": field])
        case .unknownEntryValue(let id, let entry, let field, let value, let allowed):
            texts(.apUnknownEntryValue, [
                "question": id, "entry": String(entry), "field": field, "value": value,
                "allowed": allowed.joined(separator: ", "),
            ])
        case .ecogramNotEarlier(let day): texts(.apEcogramNotEarlier, ["date": day.description])
        case .invalidDate(let field, let value): texts(.apInvalidDate, ["field": field, "value": value])
        case .requiredEmpty(let id): texts(.apRequiredEmpty, ["question": id])
        case .unknownPerson(let id, let entry, let field, let name, let known):
            texts(.apUnknownPerson, [
                "question": id, "entry": String(entry), "field": field, "name": name,
                "known": known.isEmpty ? "–" : known.joined(separator: ", "),
            ])
        case .unknownGround(let id, let entry, let value, let known):
            texts(.apUnknownGround, [
                "question": id, "entry": String(entry), "value": value, "known": known.joined(separator: ", "),
            ])
        case .tooManyEntries(let id, let count, let limit):
            texts(.apTooManyEntries, ["question": id, "count": String(count), "limit": String(limit)])
        case .tooManyInAll(let field, let count, let limit):
            texts(.apTooManyInAll, ["field": field, "count": String(count), "limit": String(limit)])
        case .tooLong(let id, let bytes, let limit):
            texts(.apTooLong, ["question": id, "size": InputLimits.megabytes(bytes), "limit": InputLimits.megabytes(limit)])
        case .fileTooLarge(let bytes, let limit):
            texts(.apFileTooLarge, ["size": InputLimits.megabytes(bytes), "limit": InputLimits.megabytes(limit)])
        case .notUTF8: texts(.apNotUTF8)
        case .unknownProvision(let provision): texts(.conditionsUnknownProvision, ["provision": provision])
        case .provisionNotNamed(let provision, let question):
            texts(.conditionsProvisionNotNamed, ["provision": provision, "question": question])
        case .unknownCondition(let provision, let condition, let known):
            texts(.conditionsUnknownCondition, ["provision": provision, "condition": condition, "known": known.joined(separator: ", ")])
        case .unknownJudgment(let provision, let condition, let value):
            texts(.conditionsUnknownJudgment, ["provision": provision, "condition": condition, "value": value])
        case .unknownOption(let provision, let condition, let value, let known):
            texts(.conditionsUnknownOption, [
                "provision": provision, "condition": condition, "value": value, "known": known.joined(separator: ", "),
            ])
        }
    }

    private static func text(of problem: JSONParser.Problem, _ texts: MessageTable) -> String {
        switch problem {
        case .unexpectedEnd: texts(.jsonUnexpectedEnd)
        case .unexpected(let token): texts(.jsonUnexpected, ["token": token])
        case .invalidEscape: texts(.jsonInvalidEscape)
        case .controlCharacterInString: texts(.jsonControlCharacter)
        case .tooDeep: texts(.jsonTooDeep, ["limit": String(JSONParser.maximumDepth)])
        }
    }
}

/// How the answer to a kind of question is written in an answers file.
enum KindText {
    static func expected(_ kind: QuestionKind, _ texts: MessageTable) -> String {
        switch kind {
        case .text, .multiline: texts(.kindText)
        case .list: texts(.kindList)
        case .choice: texts(.kindChoice)
        case .yesNo: texts(.kindYesNo)
        case .stakeholders: texts(.kindStakeholders)
        case .actions: texts(.kindActions)
        }
    }

}
