/// What the walk says around the points: the provision, how she named it, the group of
/// alternatives, what is unverified for the facts' day, and the verdict once it is walked.
extension ConditionWalk {
    /// The provision in one line (title with one short mark, its weakest fact; old → new
    /// number), which code governs the facts' day, how she named it when that was not simply
    /// right, the meaning of the checklist and its notes. As in the record (display rule 7), a
    /// fact carries its own mark only where it is less certain than the provision; the walk's
    /// first line explained the marks.
    func introduce(_ entry: Entry) {
        let provision = entry.provision
        let floor = facts.weakest(provision)
        let title = facts.marked(provision.title.value.text(in: texts.language), floor)
        console.write("\n" + texts(.conditionsProvision, ["numbers": facts.walkNumbers(provision, under: floor), "title": title]) + "\n")
        if provision.kind == .article { say(.conditionsCodeOnDate, ["code": facts.codeOnDateMarked(code)]) }
        for citation in entry.named?.misCitations ?? [] {
            say(.recordLawMisCitation, [
                "cited": citation.cited, "provision": facts.name(provision),
                "why": facts.quiet(citation.why.text(in: texts.language), citation.confidence, under: floor),
            ])
        }
        for cited in entry.named?.citedOldNumberAsNew ?? [] { say(.recordLawOldNumberAsNew, ["cited": cited]) }
        console.write(facts.meaning(provision, under: floor) + "\n")
        for note in provision.conditions where note.kind == .note {
            console.write("  · " + facts.quiet(note.text.text(in: texts.language), note.confidence, under: floor) + "\n")
        }
    }

    func showGroup(of point: Point) {
        let members = point.entry.provision.conditions.filter { $0.kind == .oneOf && $0.group == point.condition.group }
        console.write("\n" + texts(.conditionsGroup) + "\n")
        for member in members { console.write("  - " + member.text.text(in: texts.language) + "\n") }
    }

    func showCaveat(_ caveat: CodeCaveat) {
        console.write("  ! " + facts.marked(caveat.note.text(in: texts.language), caveat.confidence) + "\n")
    }

    /// "→ art. 458bis: niet gedekt — niet voldaan: punt 5 (…)"
    func showVerdict(of provision: Provision, in caseFile: CaseFile) {
        let verdicts = CaseReasoning.verdicts(of: facts.rulebook, judgments: caseFile.conditionJudgments, code: code)
        guard let verdict = verdicts[provision.id] else { return }
        console.write("\n→ " + facts.name(provision) + ": " + VerdictText(texts: texts).sentence(verdict) + "\n")
    }

    func warnAboutUnplaced() {
        for unplaced in unplaced {
            console.write(unplaced.sentence(texts, name: facts.name) + "\n")
        }
    }
}
