/// How judgments become a verdict. A point decides only when judged and sure enough for the
/// facts' day (display rule 3); everything else keeps the verdict open.
extension ProvisionVerdict {
    struct Outcome {
        var verdict: Verdict
        var deciding: [PointAssessment]
        var open: [PointAssessment]
    }

    /// A ground (permission, justification, duty, practice): covered when every required point
    /// is met, one point of each group is met and no exception holds; not covered as soon as a
    /// sure point fails.
    static func ground(_ points: [PointAssessment]) -> Outcome {
        var deciding: [PointAssessment] = []
        var open: [PointAssessment] = []
        for point in points where point.condition.kind == .required {
            switch point.state {
            case .met: break
            case .notMet: deciding.append(point)
            default: open.append(point)
            }
        }
        for members in groups(points) where !members.contains(where: { $0.state == .met }) {
            if members.allSatisfy({ $0.state == .notMet }) {
                deciding += members
            } else {
                open += members.filter { $0.state != .notMet }
            }
        }
        for point in points where point.condition.kind == .exception {
            switch point.state {
            case .met: deciding.append(point)
            case .unsure, .unverified: open.append(point)
            case .notMet, .notJudged: break
            }
        }
        let verdict: Verdict = !deciding.isEmpty ? .notCovered : open.isEmpty ? .covered : .open
        return Outcome(verdict: verdict, deciding: sorted(deciding), open: sorted(open))
    }

    /// An offence (458): what she plans is covered when a point of the offence is surely not
    /// met or an exception holds; not covered when every point holds and every exception surely
    /// does not.
    static func offence(_ points: [PointAssessment]) -> Outcome {
        let required = points.filter { $0.condition.kind == .required }
        let exceptions = points.filter { $0.condition.kind == .exception }
        let lifting = required.filter { $0.state == .notMet } + exceptions.filter { $0.state == .met }
        guard lifting.isEmpty else { return Outcome(verdict: .covered, deciding: sorted(lifting), open: []) }
        let open = required.filter { $0.state != .met } + exceptions.filter { $0.state != .notMet }
        return open.isEmpty
            ? Outcome(verdict: .notCovered, deciding: exceptions, open: [])
            : Outcome(verdict: .open, deciding: [], open: sorted(open))
    }

    private static func groups(_ points: [PointAssessment]) -> [[PointAssessment]] {
        var order: [String] = []
        var members: [String: [PointAssessment]] = [:]
        for point in points where point.condition.kind == .oneOf {
            let group = point.condition.group ?? point.condition.id
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(point)
        }
        return order.map { members[$0]! }
    }

    private static func sorted(_ points: [PointAssessment]) -> [PointAssessment] {
        points.sorted { $0.number < $1.number }
    }
}
