import Foundation
import Testing

@testable import GPSKit

@Suite struct WizardTests {
    func tinyWizard() -> Wizard {
        Wizard(questionnaire: Fixtures.tinyRoute, caseFile: Fixtures.emptyCase(route: Fixtures.tinyRoute))
    }

    @Test func aNewCaseStartsAtTheFirstQuestion() {
        let wizard = tinyWizard()
        #expect(wizard.currentQuestion?.id == "een")
        #expect(wizard.progress.questionInOrientation == 1)
        #expect(wizard.progress.questionsInOrientation == 2)
        #expect(wizard.progress.overallCount == 3)
    }

    @Test func answeringStoresTheAnswerAndMovesOn() throws {
        var wizard = tinyWizard()
        try wizard.answer(.text("Wat doe ik?"), now: Fixtures.moment)
        #expect(wizard.caseFile.answers["een"] == .text("Wat doe ik?"))
        #expect(wizard.currentQuestion?.id == "twee")
        #expect(wizard.progress.settledCount == 1)
    }

    @Test func anEmptyAnswerToARequiredQuestionIsRefused() {
        var wizard = tinyWizard()
        #expect(throws: WizardError.required(question: "een")) { try wizard.answer(.text("  "), now: Fixtures.moment) }
        #expect(wizard.currentQuestion?.id == "een")
    }

    @Test func anAnswerOfTheWrongKindIsRefused() {
        var wizard = tinyWizard()
        #expect(throws: WizardError.wrongKind(question: "een", expected: .text)) {
            try wizard.answer(.list(["x"]), now: Fixtures.moment)
        }
    }

    @Test func skippingAnOptionalQuestionMarksItPassed() throws {
        var wizard = tinyWizard()
        try wizard.answer(.text("x"), now: Fixtures.moment)
        try wizard.skip(now: Fixtures.moment)
        #expect(wizard.caseFile.skipped == ["twee"])
        #expect(wizard.currentQuestion?.id == "drie")
        #expect(wizard.progress.orientationIndex == 1)
    }

    @Test func aRequiredQuestionCannotBeSkipped() {
        var wizard = tinyWizard()
        #expect(throws: WizardError.required(question: "een")) { try wizard.skip(now: Fixtures.moment) }
    }

    @Test func goingBackKeepsTheAnswerAsTheDefault() throws {
        var wizard = tinyWizard()
        try wizard.answer(.text("eerste"), now: Fixtures.moment)
        let wentBack = wizard.goBack()
        #expect(wentBack)
        #expect(wizard.currentQuestion?.id == "een")
        #expect(wizard.currentDefault == .text("eerste"))
        let wentBeforeTheFirst = wizard.goBack()
        #expect(!wentBeforeTheFirst)
    }

    @Test func aDraftIsOfferedBeforeTheEarlierAnswerAndClearedByAnswering() throws {
        var wizard = tinyWizard()
        try wizard.answer(.text("x"), now: Fixtures.moment)
        wizard.keepDraft(.list(["half"]), now: Fixtures.moment)
        #expect(wizard.currentDefault == .list(["half"]))
        try wizard.answer(.list(["half", "heel"]), now: Fixtures.moment)
        #expect(wizard.caseFile.drafts.isEmpty)
    }

    @Test func aResumedCaseStartsAtTheFirstOpenQuestion() throws {
        var caseFile = Fixtures.emptyCase(route: Fixtures.tinyRoute)
        caseFile.answers["een"] = .text("x")
        caseFile.skipped = ["twee"]
        let wizard = Wizard(questionnaire: Fixtures.tinyRoute, caseFile: caseFile)
        #expect(wizard.currentQuestion?.id == "drie")
        #expect(wizard.progress.percentSettled == 66)
    }

    @Test func answeringTheLastQuestionFinishes() throws {
        var wizard = tinyWizard()
        try wizard.answer(.text("x"), now: Fixtures.moment)
        try wizard.skip(now: Fixtures.moment)
        try wizard.answer(.choice(ChoiceAnswer(selected: ["rood"])), now: Fixtures.moment)
        #expect(wizard.isFinished)
        #expect(wizard.currentQuestion == nil)
        #expect(throws: WizardError.finished) { try wizard.skip(now: Fixtures.moment) }
    }

    @Test(arguments: [("drie", "drie"), ("2", "twee"), ("1", "een")])
    func movingToAQuestionByIDOrNumber(target: String, expected: String) {
        var wizard = tinyWizard()
        let moved = wizard.move(to: target)
        #expect(moved)
        #expect(wizard.currentQuestion?.id == expected)
    }

    @Test(arguments: ["9", "0", "vier"])
    func movingToAnUnknownQuestionStaysPut(target: String) {
        var wizard = tinyWizard()
        let moved = wizard.move(to: target)
        #expect(!moved)
        #expect(wizard.currentQuestion?.id == "een")
    }

    @Test func theUpdatedDateFollowsTheInjectedClock() throws {
        var wizard = tinyWizard()
        let later = Fixtures.moment.addingTimeInterval(60)
        try wizard.answer(.text("x"), now: later)
        #expect(wizard.caseFile.updated == later)
        #expect(wizard.caseFile.created == Fixtures.moment)
    }
}
