/// Her judgment of a point in words, and why GPS reads it otherwise where it does: a yes
/// without the option the point needs, a fact unverified for the case's day, an exception
/// lifted by another provision, a point failed by the step's own facts.
struct JudgmentWords {
    let texts: MessageTable

    func word(_ judgment: ConditionJudgment.Judgment) -> String {
        switch judgment {
        case .yes: texts(.recordLawMet)
        case .no: texts(.recordLawNotMet)
        case .notSure: texts(.recordLawNotSure)
        }
    }

    /// `name` says a provision the way the record does ("art. 458bis").
    func reason(_ point: PointAssessment, name: (String) -> String = { $0 }) -> String? {
        switch point.reason {
        case .optionMissing?: texts(.pointOptionMissing)
        case .newCode?: texts(.pointUnverifiedOnDate)
        case .coveredBy(let provision)?: texts(.pointCoveredBy, ["provision": name(provision)])
        case .step(let fact)?: texts(fact.message)
        case nil: nil
        }
    }
}

extension StepFact {
    var message: MessageKey {
        switch self {
        case .notTheProsecutor: .pointNotTheProsecutor
        case .forcedContext: .pointForcedContext
        case .unknownContext: .pointUnknownContext
        }
    }
}
