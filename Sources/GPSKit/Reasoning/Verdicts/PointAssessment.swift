/// One judged point of a provision as a verdict reads it: her judgment, how sure the point is
/// for facts of the case's day, and what that makes of it.
public struct PointAssessment: Sendable {
    public enum State: String, Sendable, CaseIterable {
        case met
        case notMet
        /// She said she is not sure, or said yes without the option the point needs.
        case unsure
        case notJudged
        /// She judged it, but what it rests on is unverified for the case's day: by display rule 3
        /// it may not decide, so the verdict stays open on it.
        case unverified
    }

    /// Why a point has its state when that is not simply her judgment.
    public enum Reason: Sendable, Equatable {
        /// A plain yes where the point asks which option holds.
        case optionMissing
        /// Unverified under the new code (the caveat says why).
        case newCode(CodeCaveat)
        /// Read from the case rather than judged: an exception lifted by a provision that covers.
        case coveredBy(provision: String)
        /// Read from the step: who learns something and in which context.
        case step(StepFact)
    }

    public var condition: Condition
    /// 1-based among the provision's judged points, as the walk numbers them.
    public var number: Int
    public var judgment: ConditionJudgment?
    public var state: State
    public var confidence: Confidence
    public var reason: Reason?

    /// Whether the state may decide a verdict: a judged point that is sure enough.
    public var isDecisive: Bool { state == .met || state == .notMet }
}

/// What a step's own facts say about a point of the provision it rests on.
public enum StepFact: String, Sendable, Equatable {
    /// 458bis covers only a report to the prosecutor; this step tells someone else.
    case notTheProsecutor
    /// The step tells a party in forced help or speaking for society.
    case forcedContext
    /// The step tells a party whose help context is not known.
    case unknownContext
}

extension CodeCaveat: Equatable {
    public static func == (lhs: CodeCaveat, rhs: CodeCaveat) -> Bool {
        lhs.confidence == rhs.confidence && lhs.note == rhs.note && lhs.sources == rhs.sources
    }
}
