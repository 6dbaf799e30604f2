/// Everything GPS concludes about one case, computed once from the real case and then only
/// rendered: which code governs the facts' day, the law she cites, a verdict per provision, a
/// verdict per step that tells someone something, and the findings of the secrecy rules.
/// Renderers take it as it is; the anonymous export pseudonymises its words, never recomputes it.
public struct CaseReasoning: Sendable {
    public internal(set) var code: CodeOnDate
    public internal(set) var law: CitedLaw
    /// The provisions she names in H1, then those her steps rest on, each once.
    public internal(set) var verdicts: [ProvisionVerdict]
    /// The steps that need a ground, in plan order.
    public internal(set) var steps: [StepGround]
    public internal(set) var findings: [Finding]
    /// Whether the danger is to the person herself, which rules out 458bis as a proposal.
    public internal(set) var selfHarm: Bool
    private var allVerdicts: [String: ProvisionVerdict]

    public init(
        caseFile: CaseFile, questionnaire: Questionnaire, rulebook: Rulebook, catalogue: GroundCatalogue = .embedded,
        scanner: ReferenceScanner? = nil
    ) {
        var evidence = CaseEvidence(caseFile: caseFile, questionnaire: questionnaire, rulebook: rulebook, catalogue: catalogue)
        let scanner = scanner ?? ReferenceScanner(rulebook: rulebook)
        law = CitedLaw(caseFile: caseFile, questionnaire: questionnaire, scanner: scanner)
        code = evidence.code
        selfHarm = evidence.selfHarm
        var all = Self.verdicts(of: rulebook, judgments: caseFile.conditionJudgments, code: code)
        steps = Self.steps(evidence, rulebook: rulebook, catalogue: catalogue)
        for offence in rulebook.provisions where offence.role == .offence {
            all[offence.id] = ProvisionVerdict(
                provision: offence, judgments: caseFile.conditionJudgments[offence.id] ?? [:], code: code,
                lifter: Self.lifter(of: steps))
        }
        allVerdicts = all
        var shown = law.provisionIDs
        for id in steps.compactMap(\.verdict?.provision.id) where !shown.contains(id) { shown.append(id) }
        verdicts = shown.compactMap { all[$0] }
        evidence.steps = steps
        findings = CaseChecks.all.flatMap { $0.findings(in: evidence) }
    }

    public func verdict(for provisionID: String) -> ProvisionVerdict? { allVerdicts[provisionID] }

    /// True when any finding is a problem: `gps toets` then ends with status 1.
    public var hasProblems: Bool { findings.contains { $0.level == .problem } }

    /// Every provision's verdict from her judgments alone.
    static func verdicts(of rulebook: Rulebook, judgments: ConditionJudgments, code: CodeOnDate) -> [String: ProvisionVerdict] {
        var result: [String: ProvisionVerdict] = [:]
        for provision in rulebook.provisions {
            result[provision.id] = ProvisionVerdict(provision: provision, judgments: judgments[provision.id] ?? [:], code: code)
        }
        return result
    }

    /// An exception of an offence holds for the plan when every step that tells someone
    /// something rests on a provision it names, and that provision covers the step.
    private static func lifter(of steps: [StepGround]) -> (Condition) -> String? {
        { exception in
            guard !steps.isEmpty else { return nil }
            let lifting = steps.compactMap { step in step.outcome == .covered ? step.verdict?.provision.id : nil }
            guard lifting.count == steps.count, lifting.allSatisfy(exception.coveredBy.contains) else { return nil }
            return lifting.first
        }
    }

    private static func steps(
        _ evidence: CaseEvidence, rulebook: Rulebook, catalogue: GroundCatalogue
    ) -> [StepGround] {
        evidence.actions.enumerated().compactMap { offset, action in
            let told = CaseEvidence.told(in: action, stakeholders: evidence.stakeholders)
            guard !told.isEmpty else { return nil }
            let recipients = told.compactMap(evidence.stakeholder(named:))
            let ground = action.ground.flatMap(catalogue.ground)
            var verdict: ProvisionVerdict?
            if let ground, let id = ground.provision, let provision = rulebook.provision(id: id) {
                verdict = ProvisionVerdict(
                    provision: provision, judgments: evidence.caseFile.conditionJudgments[id] ?? [:], code: evidence.code,
                    stepFacts: StepGround.facts(of: ground, recipients: recipients, signals: evidence.signals))
            }
            let alternatives = Self.alternatives(to: ground, for: recipients, evidence, catalogue)
            return StepGround(step: offset + 1, action: action, told: told, ground: ground, verdict: verdict, alternatives: alternatives)
        }
    }

    /// The grounds worth walking instead of `ground`; without one, the proposal for the
    /// recipients first. Never 458bis where the danger is to the person herself.
    private static func alternatives(
        to ground: Ground?, for recipients: [Stakeholder], _ evidence: CaseEvidence, _ catalogue: GroundCatalogue
    ) -> [Ground] {
        if let ground { return catalogue.alternatives(to: ground.id, selfHarm: evidence.selfHarm) }
        let proposal = GroundProposal(
            catalogue: catalogue, signals: evidence.signals, acuteDanger: evidence.acuteDanger == true, selfHarm: evidence.selfHarm)
        if let proposed = proposal.ground(for: recipients) {
            return [proposed] + catalogue.alternatives(to: proposed.id, selfHarm: evidence.selfHarm)
        }
        return catalogue.grounds.filter { !(evidence.selfHarm && $0.id == GroundCatalogue.reportToProsecutor) }
    }
}
