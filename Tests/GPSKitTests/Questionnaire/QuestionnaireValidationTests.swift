import Foundation
import Testing

@testable import GPSKit

@Suite struct QuestionnaireValidationTests {
    /// The embedded full route, changed by `edit`, loaded as the only file.
    func problems(editing edit: (inout [String: Any]) -> Void) throws -> [QuestionnaireProblem] {
        var object = try JSONSerialization.jsonObject(with: Data(try PackageRoot.text("Questionnaires/gps.json").utf8))
            as! [String: Any]
        edit(&object)
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        do {
            _ = try QuestionnaireLibrary(files: [(name: "edited.json", text: text)])
            return []
        } catch {
            return error.problems
        }
    }

    func editFirstQuestion(_ object: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var orientations = object["orientations"] as! [[String: Any]]
        var questions = orientations[0]["questions"] as! [[String: Any]]
        change(&questions[0])
        orientations[0]["questions"] = questions
        object["orientations"] = orientations
    }

    @Test func theEmbeddedQuestionnairesAreValid() throws {
        let library = try QuestionnaireLibrary.embedded()
        #expect(library.questionnaires.map(\.id).sorted() == ["gps", "kort"])
    }

    @Test func anUnknownCoverIDIsNamedWithItsQuestion() throws {
        let problems = try problems { editFirstQuestion(&$0) { $0["covers"] = ["K9"] } }
        #expect(problems == [.invalidCover(file: "edited.json", question: "trigger", cover: "K9")])
    }

    @Test func anEmptyHelpTextIsNamedWithItsQuestionAndLanguage() throws {
        let problems = try problems { editFirstQuestion(&$0) { $0["help"] = ["nl": "  ", "en": "Help"] } }
        #expect(problems == [.emptyText(file: "edited.json", question: "trigger", field: "help.nl")])
    }

    @Test func aDuplicateQuestionIDIsReported() throws {
        let problems = try problems { editFirstQuestion(&$0) { $0["id"] = "knoop" } }
        #expect(problems.contains(.duplicateQuestion(file: "edited.json", question: "knoop")))
    }

    @Test func aChoiceQuestionWithoutChoicesIsReported() throws {
        let problems = try problems { editFirstQuestion(&$0) { $0["kind"] = "choice" } }
        #expect(problems == [.missingChoices(file: "edited.json", question: "trigger")])
    }

    @Test func anUnreadableFileNamesWhereItBroke() throws {
        let problems = try problems { editFirstQuestion(&$0) { $0["kind"] = "essay" } }
        guard case .unreadable(let file, let detail) = problems.first else {
            Issue.record("expected unreadable, got \(problems)")
            return
        }
        #expect(file == "edited.json")
        #expect(detail.contains("orientations[0].questions[0].kind"))
    }

    @Test func everyProblemIsCollectedNotOnlyTheFirst() throws {
        let problems = try problems {
            editFirstQuestion(&$0) {
                $0["covers"] = ["Z1"]
                $0["id"] = "Bad_ID"
            }
        }
        #expect(problems.count == 2)
    }

    @Test func aSelectionOfAnUnknownQuestionIsReported() throws {
        let base = try PackageRoot.text("Questionnaires/gps.json")
        let route = #"{"formatVersion":1,"id":"x","base":"gps","title":{"nl":"x","en":"x"},"description":{"nl":"x","en":"x"},"select":["hamvraag","geen-vraag"]}"#
        #expect(throws: QuestionnaireError(problems: [.unknownSelection(file: "x.json", question: "geen-vraag")])) {
            try QuestionnaireLibrary(files: [(name: "gps.json", text: base), (name: "x.json", text: route)])
        }
    }

    @Test func aProblemReadsAsASentenceNamingTheFileAndQuestion() {
        let texts = MessageTable.embedded(.nl)
        let report = ErrorReport(
            QuestionnaireError(problems: [.invalidCover(file: "a.json", question: "trigger", cover: "K9")]), texts: texts)
        #expect(report.status == .dataError)
        #expect(report.message.contains("a.json"))
        #expect(report.message.contains("trigger"))
        #expect(report.message.contains("K9"))
    }
}
