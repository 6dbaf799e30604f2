/// R8: when someone is in acute, serious danger she must help or get help now; the law asks
/// for help, not for a call to the police. "Now" is a step someone owns, due today or within
/// hours; tomorrow is not now. An unanswered question is never in order.
struct AcuteDangerGetsHelp: CaseCheck {
    let rule = "R8"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let question = evidence.id(.acuteDanger)
        switch evidence.acuteDanger {
        case true?: return [inDanger(evidence, question)]
        case false?: return [finding(.ok, "noDanger", basis: [question])]
        case nil: return [unanswered(evidence, question)]
        }
    }

    private func inDanger(_ evidence: CaseEvidence, _ question: String) -> Finding {
        let plan = evidence.id(.actionPlan)
        guard !evidence.actions.isEmpty else { return finding(.problem, "noHelpPlanned", basis: [question, plan]) }
        let now = evidence.actions.indices.filter { isNow(evidence.actions[$0], evidence) }
        if let owned = now.first(where: { !evidence.actions[$0].who.allSatisfy(\.isWhitespace) }) {
            return finding(.ok, "helpNow", ["step": String(owned + 1)], basis: [question, evidence.stepName(owned + 1)])
        }
        if let first = now.first {
            return finding(.problem, "nobodyActs", ["step": String(first + 1)], basis: [question, evidence.stepName(first + 1)])
        }
        if evidence.actions.allSatisfy({ DueDay.read($0.due, caseDate: evidence.caseFile.date) != nil }) {
            return finding(.problem, "helpTooLate", basis: [question, plan])
        }
        return finding(.toCheck, "helpWhen", basis: [question, plan])
    }

    /// Due today, or said to happen now, tonight, at once.
    private func isNow(_ action: ActionItem, _ evidence: CaseEvidence) -> Bool {
        if !evidence.signals.hits(.now, in: action.due).isEmpty { return true }
        return DueDay.read(action.due, caseDate: evidence.caseFile.date) == evidence.caseFile.date
    }

    private func unanswered(_ evidence: CaseEvidence, _ question: String) -> Finding {
        let facts = evidence.id(.facts)
        let phrases = evidence.texts(.facts).flatMap { evidence.signals.hits(.danger, in: $0) }
        guard let phrase = phrases.first else { return finding(.toCheck, "unanswered", basis: [question, facts]) }
        return finding(.toCheck, "dangerWords", ["phrase": phrase], basis: [question, facts])
    }
}
