import Foundation
import Testing

@testable import GPSKit

@Suite struct QuestionnaireLibraryTests {
    let library = try! QuestionnaireLibrary.embedded()

    var full: Questionnaire { library.questionnaire(withID: "gps")! }
    var short: Questionnaire { library.questionnaire(withID: "kort")! }

    @Test func theFullRouteCoversEveryQuestionIDOfTheMethod() {
        let covered = Set(full.questions.flatMap(\.covers))
        let missing = MethodItem.questionIDs.filter { !covered.contains($0) }
        #expect(MethodItem.questionIDs.count == 30)
        #expect(missing.isEmpty, "not covered: \(missing)")
    }

    @Test func theMethodIDsInCodeMatchTheDesignDocumentWhenItIsPresent() throws {
        let method = PackageRoot.url.deletingLastPathComponent().appending(path: "shared/design/method.md")
        guard let text = try? String(contentsOf: method, encoding: .utf8) else { return }
        let regex = try NSRegularExpression(pattern: #"^\| ([KBHDO][0-9]+) "#, options: .anchorsMatchLines)
        let ids = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
        #expect(Set(ids) == Set(MethodItem.questionIDs))
    }

    @Test func theShortRouteHasAtMostTwelveQuestionsAndTheEssentialOnes() {
        #expect(short.questions.count <= 12)
        let covered = Set(short.questions.flatMap(\.covers))
        for id in ["K3", "B1", "B2", "B3", "H1", "D1", "O1", "O4"] {
            #expect(covered.contains(id), "short route misses \(id)")
        }
    }

    @Test func theShortRouteAsksTheSameQuestionsAsTheFullRouteInTheSameOrder() {
        let fullIDs = full.questions.map(\.id)
        let shortIDs = short.questions.map(\.id)
        #expect(shortIDs == fullIDs.filter(shortIDs.contains))
        for question in short.questions {
            #expect(full.question(withID: question.id) == question)
        }
    }

    @Test func factsAndSuspicionsAreSeparateQuestions() throws {
        let facts = try #require(full.question(withRole: .facts))
        let suspicions = try #require(full.question(withRole: .suspicions))
        #expect(facts.id != suspicions.id)
        #expect(facts.covers == ["B1"])
        #expect(suspicions.covers == ["B2"])
    }

    @Test(arguments: QuestionRole.caseRoles)
    func everyRoleIsAskedByExactlyOneQuestionOfTheFullRoute(role: QuestionRole) {
        #expect(full.questions.filter { $0.role == role }.count == 1)
    }

    @Test func everyKindOfQuestionIsUsedSoEachPromptIsExercised() {
        let kinds = Set(full.questions.map(\.kind))
        #expect(kinds == Set(QuestionKind.allCases))
    }

    @Test func stepsAreNumberedZeroToFourInOrder() {
        #expect(full.orientations.map(\.step) == [0, 1, 2, 3, 4])
        #expect(short.orientations.map(\.step) == [0, 1, 2, 3, 4])
    }

    @Test func aSelectionRouteInheritsTheSourceOfItsBase() {
        #expect(short.source == full.source)
        #expect(full.source.nl.contains("Verbruggen"))
    }
}
