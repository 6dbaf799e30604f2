/// R8: when someone is in acute, serious danger she must help or get help at once; the law
/// asks for help, not for a call to the police.
struct AcuteDangerGetsHelp: CaseCheck {
    let rule = "R8"
    /// How many days after the case a step still counts as help "now".
    static let soonDays = 2

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let question = evidence.id(.acuteDanger)
        switch evidence.answer(.acuteDanger) {
        case .yesNo(true)?: return [inDanger(evidence, question)]
        case .yesNo(false)?: return [finding(.ok, "noDanger", basis: [question])]
        default: return [unanswered(evidence, question)]
        }
    }

    private func inDanger(_ evidence: CaseEvidence, _ question: String) -> Finding {
        let plan = evidence.id(.actionPlan)
        guard !evidence.actions.isEmpty else { return finding(.problem, "noHelpPlanned", basis: [question, plan]) }
        if let soon = evidence.actions.firstIndex(where: { isSoon($0, evidence) }) {
            return finding(.ok, "helpSoon", ["step": String(soon + 1)], basis: [question, evidence.stepName(soon + 1)])
        }
        if evidence.actions.allSatisfy({ evidence.day(of: $0) != nil }) {
            return finding(.problem, "helpTooLate", ["days": String(Self.soonDays)], basis: [question, plan])
        }
        return finding(.toCheck, "helpWhen", ["days": String(Self.soonDays)], basis: [question, plan])
    }

    private func isSoon(_ action: ActionItem, _ evidence: CaseEvidence) -> Bool {
        if !evidence.signals.hits(.now, in: action.due).isEmpty { return true }
        guard let day = evidence.day(of: action) else { return false }
        return day <= evidence.caseFile.date.adding(days: Self.soonDays)
    }

    private func unanswered(_ evidence: CaseEvidence, _ question: String) -> Finding {
        let facts = evidence.id(.facts)
        let phrases = evidence.texts(.facts).flatMap { evidence.signals.hits(.danger, in: $0) }
        guard let phrase = phrases.first else { return finding(.ok, "noDangerDescribed", basis: [question, facts]) }
        return finding(.toCheck, "dangerWords", ["phrase": phrase], basis: [question, facts])
    }
}
