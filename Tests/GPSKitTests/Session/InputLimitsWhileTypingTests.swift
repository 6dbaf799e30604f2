import Foundation
import Testing

@testable import GPSKit

/// Typed input that never ends (`yes | gps nieuw`) cannot grow a case without bound: a list ends
/// at 1,000 entries and a multi-line answer at 1 MB, as if she pressed Enter, and she is told.
@Suite struct InputLimitsWhileTypingTests {
    func prompter(_ questionID: String, _ console: ScriptedConsole, brief: Bool = false) throws -> QuestionPrompter {
        let question = try #require(Fixtures.fullRoute.question(withID: questionID))
        var prompter = QuestionPrompter(console: console, texts: .embedded(.nl), question: question, saved: nil, keepDraft: { _ in })
        prompter.brief = brief
        return prompter
    }

    @Test func aListEndsAtTheLimit() throws {
        let console = ScriptedConsole((0...InputLimits.entries + 5).map { "feit \($0)" })
        let result = try prompter("feiten", console).ask()
        guard case .answer(.list(let items)) = result else { Issue.record("not a list"); return }
        #expect(items.count == InputLimits.entries)
        #expect(console.output.contains("Dat zijn er 1000: meer neemt GPS niet in één lijst."))
        #expect(console.unreadLines == 6, "the next lines go to the next question")
    }

    @Test func aListFromTheEditorKeepsTheLimit() throws {
        let console = ScriptedConsole(["feit", ":e"])
        console.editor = { _ in .saved((0...InputLimits.entries).map { "regel \($0)" }.joined(separator: "\n")) }
        let result = try prompter("feiten", console).ask()
        guard case .answer(.list(let items)) = result else { Issue.record("not a list"); return }
        #expect(items.count == InputLimits.entries)
    }

    @Test func aMultiLineAnswerEndsAtTheLimit() throws {
        let line = String(repeating: "x", count: InputLimits.answerBytes / 2)
        let console = ScriptedConsole([line, line, line])
        let result = try prompter("trigger", console).ask()
        guard case .answer(.text(let text)) = result else { Issue.record("not a text"); return }
        #expect(text.utf8.count == 2 * line.utf8.count + 1)
        #expect(console.output.contains("Dit antwoord is 1 MB groot"))
        #expect(console.unreadLines == 1)
    }

    @Test func anEditedAnswerLongerThanTheLimitIsRefused() throws {
        let console = ScriptedConsole([":e", "kort", ""])
        console.editor = { _ in .saved(String(repeating: "x", count: InputLimits.answerBytes + 1)) }
        let result = try prompter("trigger", console).ask()
        #expect(result == .answer(.text("kort")))
        #expect(console.output.contains("één antwoord mag hoogstens 1 MB zijn"))
    }

    /// How many entries a result holds, whether the list ended or input ended after it.
    func count(_ result: QuestionPrompter.Result) -> Int? {
        switch result {
        case .answer(.stakeholders(let people)), .endOfInput(.stakeholders(let people)?): people.count
        case .answer(.actions(let steps)), .endOfInput(.actions(let steps)?): steps.count
        default: nil
        }
    }

    /// The people's list is followed by who confided, which reads the lines after the limit.
    @Test(arguments: ["betrokkenen", "actieplan"]) func briefStakeholdersAndStepsEndAtTheLimit(question: String) throws {
        let console = ScriptedConsole((0...InputLimits.entries + 5).map { "iemand \($0)" })
        let result = try prompter(question, console, brief: true).ask()
        #expect(count(result) == InputLimits.entries)
        #expect(console.output.contains("meer neemt GPS niet in één lijst"))
    }

    @Test func stepsAskedFieldByFieldEndAtTheLimit() throws {
        let lines = (0...InputLimits.entries + 1).flatMap { ["stap \($0)", "ik", "morgen", ""] }
        let console = ScriptedConsole(lines)
        let result = try prompter("actieplan", console).ask()
        #expect(count(result) == InputLimits.entries)
        if case .answer(.actions(let steps)) = result { #expect(steps.last?.what == "stap 999") }
        #expect(console.unreadLines == 8)
    }

    @Test func participantsFromOneLineKeepTheLimit() throws {
        let console = ScriptedConsole([])
        let names = try prompter("feiten", console).limited((0...InputLimits.entries).map { "deelnemer \($0)" })
        #expect(names.count == InputLimits.entries)
    }

    @Test func aCaseTakesNoMoreIntervisionsThanTheLimitButGoesOnWithAnUnfinishedOne() throws {
        var caseFile = Fixtures.emptyCase()
        var finished = IntervisionSession(day: Fixtures.day)
        finished.finished = true
        caseFile.intervisions = Array(repeating: finished, count: InputLimits.entries)
        #expect(throws: IntervisionLimitReached(id: caseFile.id, limit: InputLimits.entries)) {
            try IntervisionLimitReached.check(caseFile)
        }
        caseFile.intervisions[InputLimits.entries - 1].finished = false
        caseFile.intervisions[InputLimits.entries - 1].facilitator = "Jan"
        #expect(throws: Never.self) { try IntervisionLimitReached.check(caseFile) }
    }
}
