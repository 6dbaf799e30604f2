/// How sure one point is for the facts' day, and what her judgment makes of it.
extension ProvisionVerdict {
    static func assess(_ condition: Condition, number: Int, judgment: ConditionJudgment?, code: CodeOnDate) -> PointAssessment {
        var point = PointAssessment(
            condition: condition, number: number, judgment: judgment, state: .notJudged,
            confidence: pointConfidence(condition, code: code), reason: nil)
        guard let judgment else { return point }
        switch judgment.judgment {
        case .notSure:
            point.state = .unsure
        case .no:
            point.state = point.confidence == .unverified ? .unverified : .notMet
        case .yes:
            let picked = condition.options.filter { judgment.options.contains($0.id) }
            if condition.isChoice, picked.isEmpty, condition.requiresChoice {
                point.state = .unsure
                point.reason = .optionMissing
                return point
            }
            let (confidence, caveat) = yesConfidence(condition, picked: picked, code: code)
            point.confidence = confidence
            point.state = confidence == .unverified ? .unverified : .met
            if point.state == .unverified, let caveat { point.reason = .newCode(caveat) }
        }
        return point
    }

    /// The point's own confidence, lowered under the new code where the rulebook says so.
    static func pointConfidence(_ condition: Condition, code: CodeOnDate) -> Confidence {
        guard code.isNewCode, let caveat = condition.underNewCode else { return condition.confidence }
        return min(condition.confidence, caveat.confidence)
    }

    /// A yes rests on what she picked (the surest of them); a yes without a pick rests on any
    /// option, so on the least sure one.
    private static func yesConfidence(_ condition: Condition, picked: [ConditionOption], code: CodeOnDate)
        -> (Confidence, CodeCaveat?)
    {
        let own = pointConfidence(condition, code: code)
        let candidates = picked.isEmpty ? condition.options : picked
        guard !candidates.isEmpty else { return (own, code.isNewCode ? condition.underNewCode : nil) }
        let marks = candidates.map { option -> (Confidence, CodeCaveat?) in
            guard code.isNewCode, let caveat = option.underNewCode else { return (option.confidence, nil) }
            return (min(option.confidence, caveat.confidence), caveat)
        }
        let chosen = picked.isEmpty ? marks.min { $0.0 < $1.0 }! : marks.max { $0.0 < $1.0 }!
        return (min(own, chosen.0), chosen.1 ?? (code.isNewCode ? condition.underNewCode : nil))
    }
}
