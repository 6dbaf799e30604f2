/// One step that tells someone something it needs a ground for: the ground she gave, and
/// whether it covers this step, read from her judgments and from the step's own facts.
public struct StepGround: Sendable {
    /// 1-based, as in the record's table.
    public var step: Int
    public var action: ActionItem
    /// The recipients the ground has to cover: everyone outside the family, and family members
    /// told against a request for silence.
    public var told: [String]
    /// Nil when she gave none (or an id this version does not know).
    public var ground: Ground?
    /// The provision's verdict for this step; nil without a ground or for a ground GPS
    /// cannot check (another legal duty).
    public var verdict: ProvisionVerdict?
    /// The grounds she could walk instead when this one does not cover the step; without a
    /// ground, the one GPS proposes for its recipients first.
    public var alternatives: [Ground]

    /// Covered, not covered or open; nil when she gave no ground.
    public var outcome: Verdict? {
        guard ground != nil else { return nil }
        return verdict?.verdict ?? .open
    }
}

extension StepGround {
    /// What the step's recipients say about the points its ground lets them fail.
    static func facts(of ground: Ground, recipients: [Stakeholder], signals: TextSignals) -> [String: StepFact] {
        var facts: [String: StepFact] = [:]
        for (condition, reading) in ground.readFromStep {
            switch reading {
            case .recipientIsProsecutor:
                let others = recipients.contains { signals.hits(.prosecutor, in: $0.name + ". " + $0.relation).isEmpty }
                if others { facts[condition] = .notTheProsecutor }
            case .recipientNotForced:
                if recipients.contains(where: { $0.context == .forced || $0.category == .society }) {
                    facts[condition] = .forcedContext
                } else if recipients.contains(where: { $0.hasHelpContext && $0.context == nil }) {
                    facts[condition] = .unknownContext
                }
            }
        }
        return facts
    }
}
