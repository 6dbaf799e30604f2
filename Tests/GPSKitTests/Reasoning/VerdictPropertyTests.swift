import Foundation
import Testing

@testable import GPSKit

/// For random judgments of every provision, on a day under each code, the verdict follows the
/// provision's own logic, here written out once more independently: for a ground, a required
/// point surely not met makes it not covered, every required point and one of each group met
/// makes it covered, anything else open; for an offence (458) the other way round. A point
/// unverified on the day never decides. Replay with `GPS_VERDICT_SEED=<seed>`.
@Suite struct VerdictPropertyTests {
    static let rulebook = try! Rulebook.embedded()
    static let seed = TestSeed.from("GPS_VERDICT_SEED", default: 0x5645_5244_4943_54)
    static let days = [CaseDay(year: 2026, month: 4, day: 7)!, CaseDay(year: 2026, month: 4, day: 8)!]

    struct Draw {
        var provision: Provision
        var judgments: [String: ConditionJudgment]
        var code: CodeOnDate
    }

    static func draws(count: Int) -> [Draw] {
        var random = RandomCase(seed: seed)
        return (0..<count).map { index in
            let provision = rulebook.provisions[index % rulebook.provisions.count]
            var judgments: [String: ConditionJudgment] = [:]
            for condition in provision.conditions where condition.isJudged {
                // Often all met, so covered verdicts come up too.
                if index % 3 == 0, !condition.isChoice || !condition.requiresChoice {
                    judgments[condition.id] = condition.kind == .exception ? ConditionJudgment(.no) : ConditionJudgment(.yes)
                } else if Int.random(in: 0..<5, using: &random.generatorForTests) > 0 {
                    judgments[condition.id] = random.judgment(of: condition)
                }
            }
            return Draw(provision: provision, judgments: judgments, code: CodeOnDate(day: days[index % 2], rulebook: rulebook))
        }
    }

    @Test func theVerdictFollowsTheProvisionsOwnLogic() {
        var seen: Set<Verdict> = []
        var failures: [String] = []
        for (index, draw) in Self.draws(count: 3_000).enumerated() {
            let verdict = ProvisionVerdict(provision: draw.provision, judgments: draw.judgments, code: draw.code)
            let states = verdict.points.map(\.state)
            let expected = draw.provision.role == .offence ? Self.offence(verdict.points) : Self.ground(verdict.points)
            seen.insert(verdict.verdict)
            if verdict.verdict != expected {
                failures.append("draw \(index) (\(draw.provision.id), seed \(Self.seed)): \(verdict.verdict) ≠ \(expected) for \(states)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(seen == Set(Verdict.allCases), "every verdict comes up")
    }

    /// Display rule 3: an unverified point decides nothing, so the verdict is the one it would
    /// have if she had said "not sure" there.
    @Test func aPointUnverifiedOnTheDayNeverDecides() {
        var checked = 0
        for draw in Self.draws(count: 3_000) {
            let verdict = ProvisionVerdict(provision: draw.provision, judgments: draw.judgments, code: draw.code)
            for point in verdict.points where point.state == .unverified {
                var judgments = draw.judgments
                judgments[point.condition.id] = ConditionJudgment(.notSure)
                let unsure = ProvisionVerdict(provision: draw.provision, judgments: judgments, code: draw.code)
                #expect(unsure.verdict == verdict.verdict, "\(draw.provision.id) point \(point.number), seed \(Self.seed)")
                #expect(verdict.verdict != .covered, "an unverified point keeps the verdict from covering")
                checked += 1
            }
        }
        #expect(checked > 0, "partner violence under the new code comes up")
    }

    /// The logic for a ground, written out from the words.
    static func ground(_ points: [PointAssessment]) -> Verdict {
        let required = points.filter { $0.condition.kind == .required }
        let groups = Dictionary(grouping: points.filter { $0.condition.kind == .oneOf }, by: { $0.condition.group ?? "" }).values
        let exceptions = points.filter { $0.condition.kind == .exception }
        if required.contains(where: { $0.state == .notMet }) { return .notCovered }
        if groups.contains(where: { $0.allSatisfy { $0.state == .notMet } }) { return .notCovered }
        if exceptions.contains(where: { $0.state == .met }) { return .notCovered }
        let allMet = required.allSatisfy { $0.state == .met } && groups.allSatisfy { $0.contains { $0.state == .met } }
        let noDoubt = exceptions.allSatisfy { $0.state == .notMet || $0.state == .notJudged }
        return allMet && noDoubt ? .covered : .open
    }

    /// The logic for an offence: covered when it surely does not arise or an exception holds.
    static func offence(_ points: [PointAssessment]) -> Verdict {
        let required = points.filter { $0.condition.kind == .required }
        let exceptions = points.filter { $0.condition.kind == .exception }
        if required.contains(where: { $0.state == .notMet }) || exceptions.contains(where: { $0.state == .met }) { return .covered }
        if required.allSatisfy({ $0.state == .met }) && exceptions.allSatisfy({ $0.state == .notMet }) { return .notCovered }
        return .open
    }
}
