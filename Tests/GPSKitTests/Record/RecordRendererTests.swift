import Foundation
import Testing

@testable import GPSKit

@Suite struct RecordRendererTests {
    func render(_ answers: [String: Answer], language: Language = .nl, skipped: Set<String> = []) -> String {
        var caseFile = Fixtures.emptyCase(title: "Blauwe plekken")
        caseFile.answers = answers
        caseFile.skipped = skipped
        return MarkdownRecordRenderer(questionnaire: Fixtures.fullRoute, texts: .embedded(language)).render(caseFile)
    }

    @Test func theHeaderHasTitleDateAndKeyQuestionOnce() {
        let record = render(["hamvraag": .text("Zeg ik iets?")])
        #expect(record.hasPrefix("# Beslissingsverslag: Blauwe plekken\n\n- **Datum van de casus:** 20 november 2026\n"))
        #expect(record.contains("> **Hamvraag:** Zeg ik iets?"))
        #expect(record.components(separatedBy: "Zeg ik iets?").count == 2)
    }

    @Test func unansweredQuestionsAndEmptyStepsAreLeftOut() {
        let record = render(["hamvraag": .text("x"), "feiten": .list(["a"])])
        #expect(!record.contains("Vermoedens"))
        #expect(!record.contains("## Stap 2"))
        #expect(record.contains("## Stap 1 · Breedte: de feiten\n\n**Feiten**\n\n- a"))
    }

    @Test func suspicionsAreAListOfTheirOwnAndMarkedOnEveryLine() {
        let record = render(["feiten": .list(["Sam had een blauwe plek."]), "vermoedens": .list(["papa slaat", "mama zwijgt"])])
        #expect(record.contains("**Vermoedens, geen feiten**\n\n- *vermoeden:* papa slaat\n- *vermoeden:* mama zwijgt"))
        #expect(record.contains("**Feiten**\n\n- Sam had een blauwe plek.\n\n"))
    }

    @Test func stakeholdersAndActionsAreTablesThatKeepTheirColumns() {
        let record = render([
            "betrokkenen": .stakeholders([Stakeholder(name: "CLB | school", relation: "<b>", interest: "a\nb", expects: "`x`")]),
            "actieplan": .actions([ActionItem(what: "gesprek", who: "ik", due: "do", review: CaseDay(year: 2026, month: 12, day: 4))]),
        ])
        #expect(record.contains("| Wie | Relatie tot de cliënt | Belang | Verwacht van mij |\n|---|---|---|---|\n| CLB \\| school | \\<b\\> | a<br>b | \\`x\\` |"))
        #expect(record.contains("| gesprek | ik | do | 04/12/2026 |"))
    }

    @Test func choicesShowTheirLabelsAndOwnValues() {
        let record = render(["waarden": .choice(ChoiceAnswer(selected: ["veiligheid", "vertrouwen"], other: ["loyaliteit"])),
                             "gezin-eerst": .choice(ChoiceAnswer(selected: ["eerst-bespreken"])), "verantwoord": .yesNo(true)])
        #expect(record.contains("- veiligheid\n- vertrouwen\n- loyaliteit"))
        #expect(record.contains("**Het gezin eerst**\n\nJa, dat doe ik eerst\n"), "a single choice reads as a sentence, not a one-item list")
        #expect(record.contains("**Kan ik dit verantwoorden?**\n\nja"))
    }

    @Test func multiLineTextKeepsItsParagraphsAndLineBreaks() {
        let record = render(["beslissing": .text("Eerst met mama.\nDan de school.\n\nNiet zonder haar.")])
        #expect(record.contains("Eerst met mama.\\\nDan de school.\n\nNiet zonder haar."))
    }

    @Test func anUnfinishedCaseSaysHowManyQuestionsAreOpen() {
        #expect(render(["hamvraag": .text("x")]).contains("- **Nog open:** 37 vragen"))
        let all = Set(Fixtures.fullRoute.questions.map(\.id))
        #expect(render([:], skipped: all).contains("- **Nog open:** niets"))
    }

    @Test func itEndsWithTheSourceAndSaysOnceThatItIsNoLegalAdvice() {
        let record = render(["hamvraag": .text("x")])
        #expect(record.contains("*Bron van de methode:* De wegenkaart"))
        #expect(record.hasSuffix("*Dit verslag is geen juridisch advies.*\n"))
        #expect(record.components(separatedBy: "juridisch advies").count == 2)
    }

    @Test func theSameCaseGivesTheSameBytes() {
        let answers: [String: Answer] = ["hamvraag": .text("x"), "feiten": .list(["a", "b"]), "overleg": .list(["c"])]
        #expect(render(answers) == render(answers))
    }

    @Test func englishRecord() {
        let record = render(["hamvraag": .text("What now?"), "vermoedens": .list(["x"])], language: .en)
        #expect(record.contains("# Decision record: Blauwe plekken"))
        #expect(record.contains("- **Date of the case:** 20 November 2026"))
        #expect(record.contains("- *suspicion:* x"))
        #expect(record.contains("This record is not legal advice."))
    }
}
