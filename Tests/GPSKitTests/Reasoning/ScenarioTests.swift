import Foundation
import Testing

@testable import GPSKit

/// The team's own scenarios (`Scenarios/*.json`, short cases in our own words): each names the
/// verdicts, step grounds and findings a careful reviewer expects, and GPS must reach them.
/// A scenario file holds `about`, `case` (an answers file) and `expect`:
/// - `code`: `sw1867` or `sw2024`, the code of the facts' day;
/// - `verdicts`: provision id → `covered` / `notCovered` / `open`;
/// - `unverified`: provision id → the points unverified on that day;
/// - `steps`: step number → the outcome of its ground, `null` when it has none;
/// - `proposal` / `alternativesExclude`: step number → the ground proposed first / never offered;
/// - `findings`: rule → the levels of its findings, in order.
@Suite struct ScenarioTests {
    static let folder = "Tests/GPSKitTests/Reasoning/Scenarios"
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.file(folder).path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    struct Scenario {
        var reasoning: CaseReasoning
        var expect: [String: Any]
    }

    static func load(_ name: String) throws -> Scenario {
        let data = try Data(contentsOf: PackageRoot.file("\(folder)/\(name)"))
        let top = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let caseData = try JSONSerialization.data(withJSONObject: try #require(top["case"]))
        let file = try AnswersFile(data: caseData, name: name)
        let route = try #require(Fixtures.library.questionnaire(withID: file.route ?? "gps"))
        let caseFile = try CaseFile.importing(
            file, route: route, id: Fixtures.id, title: file.title ?? name, date: try #require(file.date), now: Fixtures.moment)
        let reasoning = CaseReasoning(caseFile: caseFile, questionnaire: route, rulebook: try Rulebook.embedded())
        return Scenario(reasoning: reasoning, expect: try #require(top["expect"] as? [String: Any]))
    }

    @Test func thereAreAtLeastFifteenScenarios() {
        #expect(Self.names.count >= 15)
    }

    @Test(arguments: names)
    func gpsReachesWhatAReviewerExpects(name: String) throws {
        let scenario = try Self.load(name)
        let reasoning = scenario.reasoning
        let expect = scenario.expect
        if let code = expect["code"] as? String { #expect(reasoning.code.code.rawValue == code) }
        for (id, verdict) in expect["verdicts"] as? [String: String] ?? [:] {
            #expect(reasoning.verdict(for: id)?.verdict.rawValue == verdict, "\(name): verdict of \(id)")
        }
        for (id, points) in expect["unverified"] as? [String: [String]] ?? [:] {
            let unverified = reasoning.verdict(for: id)?.points.filter { $0.state == .unverified }.map(\.condition.id)
            #expect(unverified == points, "\(name): unverified points of \(id)")
        }
        for (number, outcome) in expect["steps"] as? [String: Any] ?? [:] {
            let step = reasoning.steps.first { String($0.step) == number }
            #expect(step != nil, "\(name): step \(number) needs a ground")
            #expect(step?.outcome?.rawValue == outcome as? String, "\(name): step \(number)")
        }
        for (number, ground) in expect["proposal"] as? [String: String] ?? [:] {
            #expect(reasoning.steps.first { String($0.step) == number }?.alternatives.first?.id == ground, "\(name): proposal")
        }
        for (number, ground) in expect["alternativesExclude"] as? [String: String] ?? [:] {
            let offered = reasoning.steps.first { String($0.step) == number }?.alternatives.map(\.id) ?? []
            #expect(!offered.contains(ground), "\(name): \(ground) offered for step \(number)")
        }
        for (rule, levels) in expect["findings"] as? [String: [String]] ?? [:] {
            let found = reasoning.findings.filter { $0.rule == rule }.map(\.level.rawValue)
            #expect(found == levels, "\(name): \(rule) \(reasoning.findings.filter { $0.rule == rule }.map(\.message))")
        }
    }
}
