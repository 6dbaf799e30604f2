import Foundation
import Testing

@testable import GPSKit

/// Issue 11, item 3: the record opens with a summary of at most 250 words, right after the
/// title, date and route: the key question, the decision, its decisive argument and the cost
/// she accepts, the plan one line per step, the findings not in order, the verdict per
/// provision, and what is still open. All of it from the case and `CaseReasoning`, so the
/// anonymous export shows the same summary in pseudonyms.
@Suite struct RecordSummaryTests {
    static let rulebook = try! Rulebook.embedded()

    /// The section from "## Samenvatting" up to the first step.
    static func summary(of record: String) -> String {
        let sections = record.components(separatedBy: "\n## ")
        return sections.count > 1 ? "## " + sections[1] : ""
    }

    /// Words as a reader counts them: anything with a letter or a digit, so "—", "·" and list
    /// marks are not words.
    static func words(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    static func render(_ caseFile: CaseFile, _ route: Questionnaire, _ language: Language = .nl, reasoning: CaseReasoning? = nil) -> String {
        MarkdownRecordRenderer(questionnaire: route, texts: .embedded(language)).render(caseFile, reasoning: reasoning)
    }

    @Test(arguments: ExamplesTests.names)
    func theSummaryComesFirstAndHoldsTheDecisionThePlanTheFindingsTheVerdictsAndWhatIsOpen(name: String) throws {
        let (caseFile, route) = try ExamplesTests().caseFile(of: name)
        let record = Self.render(caseFile, route)
        let summary = Self.summary(of: record)
        #expect(summary.hasPrefix("## Samenvatting\n\n> **Hamvraag:** "))
        #expect(record.components(separatedBy: "\n## ")[2].hasPrefix("Stap 0"), "then the steps of the method")
        #expect(Self.words(in: summary) <= 250, "\(name): \(Self.words(in: summary)) words")
        guard case .text(let decision)? = caseFile.answers["beslissing"], case .list(let arguments)? = caseFile.answers["argumenten"],
            case .text(let cost)? = caseFile.answers["kost"], case .actions(let plan)? = caseFile.answers["actieplan"]
        else { Issue.record("\(name) lacks an answer the summary needs"); return }
        let decisionStart = String(decision.prefix { $0 != "." && $0 != "\n" })
        #expect(summary.contains("- **Beslissing:** " + MarkdownEscaping.inline(decisionStart)))
        #expect(summary.contains("- **Doorslaggevend argument:** " + MarkdownEscaping.inline(String(arguments[0].prefix(30)))))
        #expect(summary.contains("- **Aanvaarde prijs:** " + MarkdownEscaping.inline(String(cost.prefix(30)))))
        let planLines = summary.components(separatedBy: "**Plan**\n\n")[1].components(separatedBy: "\n\n")[0].split(separator: "\n")
        #expect(planLines.count == min(plan.count, RecordSummary.listLimit + 1))
        for (line, step) in zip(planLines, plan) {
            #expect(line.hasPrefix("- " + MarkdownEscaping.inline(String(step.what.prefix(12)))), "\(line)")
            #expect(line.hasSuffix(" · " + MarkdownEscaping.inline(step.due)), "\(line)")
        }
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: route, rulebook: Self.rulebook)
        for rule in Set(reasoning.findings.filter { $0.level != .ok }.map(\.rule)) {
            #expect(summary.contains("\n- \(rule) — "), "\(name): \(rule) is not in order")
        }
        #expect(!summary.contains("— in orde"))
        let facts = ProvisionFacts(rulebook: Self.rulebook, texts: .embedded(.nl))
        for verdict in reasoning.verdicts {
            #expect(summary.contains("\n- " + MarkdownEscaping.inline(facts.name(verdict.provision) + ": " + VerdictText(texts: .embedded(.nl)).word(verdict.verdict)) + "\n")
                || summary.hasSuffix("- " + MarkdownEscaping.inline(facts.name(verdict.provision) + ": " + VerdictText(texts: .embedded(.nl)).word(verdict.verdict))))
        }
        let notJudged = reasoning.verdicts.map(\.notJudgedCount).reduce(0, +)
        #expect(summary.contains("- **Nog open:** \(notJudged) punten van de wet niet beoordeeld"))
    }

    @Test(arguments: ExamplesTests.names)
    func theEnglishSummaryFitsToo(name: String) throws {
        let (caseFile, route) = try ExamplesTests().caseFile(of: name)
        let summary = Self.summary(of: Self.render(caseFile, route, .en))
        #expect(summary.hasPrefix("## Summary\n\n> **"))
        #expect(summary.contains("- **Decision:** ") && summary.contains("- **Still open:** ") && summary.contains("**What the law covers**"))
        #expect(Self.words(in: summary) <= 250, "\(name): \(Self.words(in: summary)) words")
    }

    /// The coach reads the same summary, in pseudonyms: the same lines, with no real name left.
    @Test(arguments: ExamplesTests.names)
    func theAnonymousExportShowsTheSameSummaryInPseudonyms(name: String) throws {
        let (caseFile, route) = try ExamplesTests().caseFile(of: name)
        let anonymous = AnonymousCase(caseFile, questionnaire: route, rulebook: Self.rulebook, messages: .embedded(.nl), today: caseFile.date)
        let record = Self.summary(of: Self.render(caseFile, route))
        let export = Self.summary(of: Self.render(anonymous.caseFile, route, reasoning: anonymous.reasoning))
        // The same labels and as many lines under each; her words, pseudonymised, may be cut
        // a word earlier or later.
        let shape = { (text: String) in
            text.split(separator: "\n").map { line in line.hasPrefix("- **") || line.hasPrefix("> **") ? String(line.prefix { $0 != ":" }) : String(line.prefix(2)) }
        }
        #expect(shape(record) == shape(export))
        let law = { (text: String) in text.components(separatedBy: "**Wat de wet dekt**")[1] }
        #expect(law(record) == law(export))
        let findings = { (text: String) in text.split(separator: "\n").filter { $0.firstMatch(of: /^- [GR][0-9]+ —/) != nil } }
        #expect(findings(record) == findings(export))
        #expect(summaryLine("Nog open", record) == summaryLine("Nog open", export))
        for person in caseFile.stakeholders where person.name.count > 3 {
            let first = String(person.name.split(separator: " ")[0])
            guard first.first?.isUppercase == true, first.count > 3 else { continue }
            #expect(export.range(of: "\\b\(NSRegularExpression.escapedPattern(for: first))\\b", options: .regularExpression) == nil,
                    "\(name): \(first) in the export's summary")
        }
    }

    func summaryLine(_ label: String, _ text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("- **\(label):**") }.map(String.init)
    }

    @Test func randomCasesKeepTheSummaryWithin250Words() {
        let seed = TestSeed.from("GPS_CASE_SEED", default: 0x5355_4D4D)
        var longest = 0
        for index in 0..<300 {
            let caseFile = RandomCase.make(seed: seed, index: index)
            let route = RandomCase.route(of: caseFile)
            for language in Language.allCases {
                let words = Self.words(in: Self.summary(of: Self.render(caseFile, route, language)))
                longest = max(longest, words)
                #expect(words <= 250, "case \(index) (GPS_CASE_SEED=\(seed)), \(language): \(words) words")
            }
        }
        #expect(longest > 60, "random cases fill the summary")
    }

    @Test func anEmptyCaseHasASummaryThatSaysWhatIsOpen() {
        let record = Self.render(Fixtures.emptyCase(), Fixtures.fullRoute)
        let summary = Self.summary(of: record)
        #expect(summary.hasPrefix("## Samenvatting\n\n- **Nog open:** "))
        #expect(!summary.contains("**Plan**") && !summary.contains("**Wat de wet dekt**"))
    }

    @Test func shortTextKeepsHerWordsAndNeverLeavesABracketOpen() {
        #expect(ShortText.sentence("Ik word niet de ogen van de consulent. Lies laat het weten.", words: 20) == "Ik word niet de ogen van de consulent.")
        #expect(ShortText.clause("De mail beantwoorden: niets zonder de ouders", words: 10) == "De mail beantwoorden")
        #expect(ShortText.clause("Met Tom steun zoeken (bv. het Huis van het Kind) en werk", words: 10) == "Met Tom steun zoeken")
        let cut = ShortText.clause("een lange zin met (een haakje dat pas heel laat sluit, ver voorbij de grens)", words: 6, ends: [";"])
        #expect(cut == "een lange zin met…", "\(cut)")
        #expect(ShortText.clause("", words: 5) == "")
    }
}
