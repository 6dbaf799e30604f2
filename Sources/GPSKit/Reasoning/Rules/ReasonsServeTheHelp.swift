/// R7: she leaves her secrecy only for reasons that serve the help, never to punish or to
/// ease her own conscience. Reasons are free text, so this check can only point at words.
struct ReasonsServeTheHelp: CaseCheck {
    let rule = "R7"

    func findings(in evidence: CaseEvidence) -> [Finding] {
        let roles: [QuestionRole] = [.arguments, .decision]
        let findings = roles.flatMap { role in
            evidence.texts(role).flatMap { text in
                evidence.signals.hits(.badReasons, in: text).map { phrase in
                    finding(.toCheck, "reasonWords", ["phrase": phrase, "question": evidence.id(role)], basis: [evidence.id(role)])
                }
            }
        }
        return findings.isEmpty ? [finding(.ok, "noReasonWords", basis: roles.map(evidence.id))] : findings
    }
}
