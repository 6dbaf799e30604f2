/// The same conclusions with every text taken from the case passed through `transform`: what
/// the anonymous export does, so a coach reads the findings of the case she made, in pseudonyms.
extension CaseReasoning {
    public func mappingText(_ transform: (String) -> String) -> CaseReasoning {
        var copy = self
        copy.findings = findings.map { finding in
            var finding = finding
            finding.arguments = finding.arguments.mapValues(transform)
            finding.basis = finding.basis.map(transform)
            return finding
        }
        copy.verdicts = verdicts.map { $0.mappingText(transform) }
        copy.steps = steps.map { step in
            var step = step
            step.action = step.action.mappingText(transform)
            step.verdict = step.verdict?.mappingText(transform)
            return step
        }
        return copy
    }
}

extension ProvisionVerdict {
    func mappingText(_ transform: (String) -> String) -> ProvisionVerdict {
        var copy = self
        let map: (PointAssessment) -> PointAssessment = { point in
            var point = point
            if let why = point.judgment?.why { point.judgment?.why = transform(why) }
            return point
        }
        copy.points = points.map(map)
        copy.deciding = deciding.map(map)
        copy.openPoints = openPoints.map(map)
        return copy
    }
}

extension ActionItem {
    func mappingText(_ transform: (String) -> String) -> ActionItem {
        ActionItem(
            what: transform(what), who: transform(who), due: transform(due), review: review,
            participants: participants.map(transform), recipients: recipients.map(transform), ground: ground)
    }
}
