/// Findings that say the same of different steps of the plan: the same rule, level and message,
/// with the same values but for the step. The first stands for all; the answers they read are
/// joined, the plan's steps kept side by side ("actieplan #1; actieplan #5; Griet").
struct StepFindingGroup: Equatable {
    var finding: Finding
    var otherSteps: [String] = []
    var basis: [String]

    static func grouping(_ findings: [Finding]) -> [StepFindingGroup] {
        var groups: [StepFindingGroup] = []
        for finding in findings {
            guard let step = finding.arguments["step"],
                let index = groups.firstIndex(where: { $0.finding.saysTheSame(as: finding) && !$0.steps.contains(step) })
            else {
                groups.append(StepFindingGroup(finding: finding, basis: finding.basis))
                continue
            }
            groups[index].otherSteps.append(step)
            groups[index].join(finding.basis)
        }
        return groups
    }

    private var steps: [String] { [finding.arguments["step"]].compactMap { $0 } + otherSteps }

    /// A plan step goes after the last plan step already read; anything else at the end.
    private mutating func join(_ entries: [String]) {
        for entry in entries where !basis.contains(entry) {
            let lastStep = entry.contains(" #") ? basis.lastIndex { $0.contains(" #") } : nil
            if let lastStep { basis.insert(entry, at: lastStep + 1) } else { basis.append(entry) }
        }
    }
}

private extension Finding {
    func saysTheSame(as other: Finding) -> Bool {
        var mine = arguments
        var theirs = other.arguments
        mine["step"] = nil
        theirs["step"] = nil
        return rule == other.rule && level == other.level && message == other.message && mine == theirs && wording == other.wording
    }
}
