import Foundation
import Testing

@testable import GPSKit

/// Issue 11: `:e` opens the answer so far in her editor; what she saves becomes the answer, and
/// an empty or unchanged file keeps the one she had.
@Suite struct EditorTests {
    func run(
        _ lines: [String], route: Questionnaire = Fixtures.tinyRoute, startAt: String? = nil,
        editor: ((String) -> EditorOutcome)?
    ) throws -> (console: ScriptedConsole, caseFile: CaseFile) {
        let console = ScriptedConsole(lines)
        console.editor = editor
        let saves = SaveRecorder()
        var wizard = Wizard(questionnaire: route, caseFile: Fixtures.emptyCase(route: route))
        if let startAt { _ = wizard.move(to: startAt) }
        var session = WizardSession(wizard: wizard, console: console, texts: .embedded(.nl), clock: { Fixtures.moment }, save: saves.save)
        _ = try session.run()
        return (console, saves.last!)
    }

    @Test(arguments: [":e", ":bewerk", ":edit"])
    func theCommandIsKnownInBothLanguages(command: String) {
        #expect(InputLine(command) == .edit)
    }

    @Test func whatSheSavesBecomesTheAnswer() throws {
        let run = try run([":e", ":stop"]) { _ in .saved("Wat doe ik\nmet wat ik weet?\n") }
        #expect(run.caseFile.answers["een"] == .text("Wat doe ik\nmet wat ik weet?"))
        #expect(run.console.output.contains("Overgenomen uit je editor:\n  Wat doe ik\n  met wat ik weet?"))
    }

    @Test func theEditorGetsTheAnswerSoFar() throws {
        let run = try run(["eerste", ":terug", ":e", ":stop"]) { text in .saved(text + " en meer") }
        #expect(run.console.edited == ["eerste"])
        #expect(run.caseFile.answers["een"] == .text("eerste en meer"))
    }

    @Test(arguments: [EditorOutcome.saved(""), .saved("  \n"), .saved("eerste\n")])
    func anEmptyOrUnchangedFileKeepsTheAnswer(outcome: EditorOutcome) throws {
        let run = try run(["eerste", ":terug", ":e", "", ":stop"]) { _ in outcome }
        #expect(run.console.output.contains("Niets veranderd; je antwoord blijft zoals het was."))
        #expect(run.caseFile.answers["een"] == .text("eerste"))
    }

    @Test func withoutAnEditorSheIsToldHowToSetOneAndTypesOn() throws {
        let run = try run([":e", "getypt", ":stop"], editor: nil)
        #expect(run.console.output.contains("Zet VISUAL of EDITOR"))
        #expect(run.caseFile.answers["een"] == .text("getypt"))
    }

    @Test func aFailingEditorKeepsTheAnswer() throws {
        let run = try run(["eerste", ":terug", ":e", "", ":stop"]) { _ in .failed(detail: "vim: status 1") }
        #expect(run.console.output.contains("De editor sloot af met een fout (vim: status 1)"))
        #expect(run.caseFile.answers["een"] == .text("eerste"))
    }

    @Test func aListIsEditedOneItemPerLine() throws {
        let run = try run(["x", "feit een", ":e", ":stop"]) { text in
            #expect(text == "feit een")
            return .saved("feit een\n\n  feit twee  \n")
        }
        #expect(run.caseFile.answers["twee"] == .list(["feit een", "feit twee"]))
    }

    @Test func aMultilineAnswerIsEditedWhole() throws {
        let run = try run(["Ik schrok.", ":e", ":stop"], route: Fixtures.fullRoute, startAt: "trigger") { text in
            #expect(text == "Ik schrok.")
            return .saved("Ik schrok.\nEn ik was boos.")
        }
        #expect(run.caseFile.answers["trigger"] == .text("Ik schrok.\nEn ik was boos."))
    }

    @Test func aOneLinePromptSaysOneLineIsEnough() throws {
        let run = try run(["Mama", ":e", ":stop"], route: Fixtures.fullRoute, startAt: "betrokkenen") { _ in .saved("x") }
        #expect(run.console.output.contains(":e opent een langer antwoord in je editor; hier volstaat één regel."))
        #expect(run.console.edited.isEmpty)
    }
}
