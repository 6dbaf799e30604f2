import Foundation
import Testing

@testable import GPSKit

@Suite struct AnswersFileTests {
    func problems(_ answers: String, route: Questionnaire = Fixtures.fullRoute) -> [AnswersFileProblem] {
        do {
            let file = try AnswersFile(text: #"{"answers": \#(answers)}"#, name: "a.json")
            _ = try file.answers(for: route)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func everyKindIsReadFromItsNaturalJSONForm() throws {
        let text = """
            {"title": "T", "date": "2026-11-18", "route": "gps", "answers": {
              "hamvraag": "Wat nu?", "feiten": ["a", "b"], "verantwoord": false,
              "waarden": ["veiligheid", "loyaliteit"], "gezin-eerst": "eerst-bespreken",
              "betrokkenen": [{"name": "Mama", "relation": "cliënt"}],
              "actieplan": [{"what": "gesprek", "review": "2026-12-04"}], "trigger": ""}}
            """
        let file = try AnswersFile(text: text, name: "a.json")
        let checked = try file.answers(for: Fixtures.fullRoute)
        #expect(file.title == "T")
        #expect(file.date == CaseDay(year: 2026, month: 11, day: 18))
        #expect(checked.answers["feiten"] == .list(["a", "b"]))
        #expect(checked.answers["verantwoord"] == .yesNo(false))
        #expect(checked.answers["waarden"] == .choice(ChoiceAnswer(selected: ["veiligheid"], other: ["loyaliteit"])))
        #expect(checked.answers["gezin-eerst"] == .choice(ChoiceAnswer(selected: ["eerst-bespreken"])))
        #expect(checked.answers["betrokkenen"] == .stakeholders([Stakeholder(name: "Mama", relation: "cliënt")]))
        #expect(checked.answers["actieplan"] == .actions([ActionItem(what: "gesprek", review: CaseDay(year: 2026, month: 12, day: 4))]))
        #expect(checked.skipped == ["trigger"])
    }

    @Test func anUnknownQuestionIsNamed() {
        #expect(problems(#"{"hamvraagg": "x"}"#) == [.unknownQuestion("hamvraagg", route: "gps")])
    }

    @Test(arguments: [
        (#"{"feiten": "één feit"}"#, "feiten", QuestionKind.list),
        (#"{"hamvraag": ["a"]}"#, "hamvraag", .text),
        (#"{"verantwoord": "ja"}"#, "verantwoord", .yesNo),
        (#"{"betrokkenen": ["Mama"]}"#, "betrokkenen", .stakeholders),
        (#"{"feiten": ["a", 3]}"#, "feiten", .list),
    ])
    func aWrongTypeNamesTheQuestionAndWhatItExpects(answers: String, question: String, kind: QuestionKind) {
        #expect(problems(answers) == [.wrongType(question: question, expected: kind)])
    }

    @Test func anUnknownChoiceOfAClosedQuestionIsNamed() {
        #expect(problems(#"{"gezin-eerst": "misschien"}"#) == [.unknownChoice(question: "gezin-eerst", value: "misschien")])
        #expect(problems(#"{"gezin-eerst": ["niet", "al-besproken"]}"#) == [.wrongType(question: "gezin-eerst", expected: .choice)])
    }

    @Test func entriesNeedTheirFirstFieldAndOnlyKnownFields() {
        #expect(problems(#"{"betrokkenen": [{"relation": "buur"}]}"#) == [.missingName(question: "betrokkenen", entry: 1)])
        #expect(problems(#"{"betrokkenen": [{"name": "A", "naam": "B"}]}"#)
            == [.unknownEntryField(question: "betrokkenen", entry: 1, field: "naam")])
        #expect(problems(#"{"actieplan": [{"what": "x", "review": "ooit"}]}"#)
            == [.invalidDate(field: "actieplan[1].review", value: "ooit")])
    }

    @Test func anEmptyAnswerToARequiredQuestionIsAnError() {
        #expect(problems(#"{"hamvraag": "  "}"#) == [.requiredEmpty("hamvraag")])
    }

    @Test func aQuestionOutsideTheShortRouteIsUnknownThere() {
        #expect(problems(#"{"marge": "x"}"#, route: Fixtures.shortRoute) == [.unknownQuestion("marge", route: "kort")])
    }

    @Test func everyProblemIsListedInKeyOrder() {
        #expect(problems(#"{"zz": 1, "feiten": 1, "aa": 1}"#) == [
            .unknownQuestion("aa", route: "gps"), .wrongType(question: "feiten", expected: .list),
            .unknownQuestion("zz", route: "gps"),
        ])
    }

    @Test(arguments: [
        ("[1, 2]", AnswersFileProblem.notAnObject),
        (#"{"titel": "x"}"#, .unknownField("titel")),
        (#"{"date": "gisteren"}"#, .invalidDate(field: "date", value: "\"gisteren\"")),
        (#"{"answers": []}"#, .wrongFieldType(field: "answers")),
    ])
    func theTopLevelIsChecked(text: String, problem: AnswersFileProblem) {
        #expect(throws: AnswersFileError(file: "a.json", problems: [problem])) { try AnswersFile(text: text, name: "a.json") }
    }

    @Test func brokenJSONSaysWhereInHerLanguage() throws {
        let error = try #require(throws: AnswersFileError.self) {
            try AnswersFile(text: "{\"answers\": {\n  \"feiten\": [}", name: "a.json")
        }
        #expect(error.problems == [.syntax(JSONParser.SyntaxError(line: 2, column: 14, problem: .unexpected("}")))])
        #expect(AnswersProblemText.describe(error.problems[0], .embedded(.nl))
            == "geen geldige JSON op regel 2, teken 14: hier verwacht ik iets anders dan }")
    }

    @Test func theMessageNamesTheQuestionAndTheExpectedForm() {
        let error = AnswersFileError(file: "a.json", problems: [.wrongType(question: "feiten", expected: .list)])
        let report = ErrorReport(error, texts: .embedded(.nl))
        #expect(report.status == .dataError)
        #expect(report.message.contains("vraag feiten verwacht een lijst van teksten"))
    }
}
