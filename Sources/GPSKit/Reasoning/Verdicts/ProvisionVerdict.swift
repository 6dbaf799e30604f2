/// A provision's verdict for one case (or one step of it): every judged point assessed for the
/// facts' day, the verdict, and the points that decide it or keep it open.
public struct ProvisionVerdict: Sendable {
    public var provision: Provision
    public var code: CodeOnDate
    public var points: [PointAssessment]
    public var verdict: Verdict
    /// For a ground: the points that fail. For an offence (458): the points that lift it.
    public var deciding: [PointAssessment]
    /// The points that keep the verdict open: not sure, not judged, or unverified on the day.
    public var openPoints: [PointAssessment]

    /// - Parameters:
    ///   - lifter: for an exception she did not judge, the provision that makes it hold for
    ///     what she plans (458: every step rests on 458bis, which covers it), if any.
    ///   - stepFacts: what a step's own facts say about some points, by condition id.
    public init(
        provision: Provision, judgments: [String: ConditionJudgment], code: CodeOnDate,
        lifter: (Condition) -> String? = { _ in nil }, stepFacts: [String: StepFact] = [:]
    ) {
        self.provision = provision
        self.code = code
        let judged = provision.conditions.filter(\.isJudged)
        points = judged.enumerated().map { offset, condition in
            var point = Self.assess(condition, number: offset + 1, judgment: judgments[condition.id], code: code)
            if point.state == .notJudged, !condition.coveredBy.isEmpty, let lifting = lifter(condition) {
                point.state = .met
                point.reason = .coveredBy(provision: lifting)
            }
            if let fact = stepFacts[condition.id] { point.apply(fact) }
            return point
        }
        let outcome = provision.role == .offence ? Self.offence(points) : Self.ground(points)
        verdict = outcome.verdict
        deciding = outcome.deciding
        openPoints = outcome.open
    }

    /// Her points not judged yet, as counted in one line rather than listed.
    public var notJudgedCount: Int { points.filter { $0.state == .notJudged }.count }
}

extension PointAssessment {
    mutating func apply(_ fact: StepFact) {
        switch fact {
        case .notTheProsecutor, .forcedContext:
            state = .notMet
        case .unknownContext:
            guard state == .met else { return }
            state = .unsure
        }
        reason = .step(fact)
    }
}
