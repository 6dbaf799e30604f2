import Foundation
import Testing

@testable import GPSKit

/// The coach's anonymous export shows the findings of the case she made: the same rules, levels
/// and messages as her record, for every example and for random cases, in the reasoning and in
/// the rendered Markdown. And a step whose ground does not cover it is never "in orde".
@Suite struct OneSetOfFindingsTests {
    static let rulebook = try! Rulebook.embedded()
    static let count = Int(ProcessInfo.processInfo.environment["GPS_CASE_COUNT"] ?? "") ?? 1_000
    static let seed = TestSeed.from("GPS_CASE_SEED", default: 0x4F4E_4553_4554)

    /// "G1 — probleem", one per finding, as the record lists them: those that ask something in
    /// full ("- **G1 — probleem.** …"), those in order by rule on one line ("- **In orde:** G1 ×2, R2.").
    static func levels(in record: String) -> [String] {
        record.split(separator: "\n").flatMap { line -> [String] in
            if let full = line.firstMatch(of: /^- \*\*((?:G|R)[0-9]+ — [^.*]+)\.\*\*/) {
                // "Zo ook stap 5." / "Zo ook stappen 3 en 5.": the same finding for more steps.
                let also = line.firstMatch(of: /Zo ook stap(?:pen)? ([0-9, en]+)\./).map { match in
                    match.1.split(whereSeparator: { !$0.isNumber }).count
                } ?? 0
                return Array(repeating: String(full.1), count: 1 + also)
            }
            guard let inOrder = line.firstMatch(of: /^- \*\*In orde:\*\* ((?:G|R)[0-9].*)\.$/) else { return [] }
            return inOrder.1.split(separator: ", ").flatMap { entry -> [String] in
                let parts = entry.split(separator: " ×")
                return Array(repeating: "\(parts[0]) — in orde", count: parts.count > 1 ? Int(parts[1]) ?? 0 : 1)
            }
        }
    }

    static func compare(_ caseFile: CaseFile, route: Questionnaire, _ label: String) -> [String] {
        let texts = MessageTable.embedded(.nl)
        let real = CaseReasoning(caseFile: caseFile, questionnaire: route, rulebook: rulebook)
        let anonymous = AnonymousCase(caseFile, questionnaire: route, rulebook: rulebook, messages: texts, today: caseFile.date)
        var failures: [String] = []
        let shape = { (findings: [Finding]) in findings.map { "\($0.rule) \($0.level) \($0.message)" } }
        if shape(real.findings) != shape(anonymous.reasoning.findings) { failures.append("\(label): findings differ") }
        if real.verdicts.map(\.verdict) != anonymous.reasoning.verdicts.map(\.verdict) { failures.append("\(label): verdicts differ") }
        let renderer = MarkdownRecordRenderer(questionnaire: route, texts: texts)
        let record = levels(in: renderer.render(caseFile))
        let export = levels(in: renderer.render(anonymous.caseFile, reasoning: anonymous.reasoning))
        let words = FindingText(texts: texts)
        let found = real.findings.map { "\($0.rule) — \(words.level($0.level))" }
        if record != export || record.sorted() != found.sorted() { failures.append("\(label): record \(record) ≠ export \(export)") }
        return failures
    }

    @Test(arguments: ExamplesTests.names)
    func theExportOfAnExampleListsTheFindingsOfItsRecord(name: String) throws {
        let (caseFile, route) = try ExamplesTests().caseFile(of: name)
        #expect(Self.compare(caseFile, route: route, name).isEmpty)
    }

    @Test func theExportOfRandomCasesListsTheFindingsOfTheirRecords() {
        var failures: [String] = []
        for index in 0..<Self.count {
            let caseFile = RandomCase.make(seed: Self.seed, index: index)
            failures += Self.compare(caseFile, route: RandomCase.route(of: caseFile), "case \(index) (GPS_CASE_SEED=\(Self.seed))")
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.count): \(failures.prefix(3))")
    }

    @Test func aStepWhoseGroundDoesNotCoverItNeverGetsAnInOrderFindingOnIt() {
        var uncovered = 0
        for index in 0..<Self.count {
            let caseFile = RandomCase.make(seed: Self.seed, index: index)
            let route = RandomCase.route(of: caseFile)
            let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: route, rulebook: Self.rulebook)
            let plan = route.question(withRole: .actionPlan)?.id ?? "actieplan"
            for step in reasoning.steps where step.outcome != .covered {
                uncovered += 1
                let onIt = reasoning.findings.filter { ["G1", "R11"].contains($0.rule) && $0.basis.first == "\(plan) #\(step.step)" }
                #expect(onIt.contains { $0.rule == "G1" }, "case \(index): step \(step.step) has no G1 finding")
                #expect(onIt.allSatisfy { $0.level != .ok }, "case \(index), step \(step.step): \(onIt.map(\.message))")
            }
        }
        #expect(uncovered > 100, "random cases hold steps that are not covered")
    }
}
