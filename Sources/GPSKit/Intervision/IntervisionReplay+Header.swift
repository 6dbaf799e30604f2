/// What the group sees before a question: on entering a step, the guide's intro and that step
/// of the case; then the question itself.
extension IntervisionReplay {
    mutating func showHeader(for question: Question) {
        let language = texts.language
        if let index = guide.orientations.firstIndex(where: { $0.questions.contains { $0.id == question.id } }),
            shownOrientation != index
        {
            shownOrientation = index
            let orientation = guide.orientations[index]
            console.write(
                "\n" + texts(.orientationBanner, ["title": orientation.title.text(in: language), "step": String(orientation.step)])
                    + "\n" + orientation.intro.text(in: language) + "\n\n")
            say(.intervisionFromTheCase)
            console.write(CaseReplayText(route: route, texts: texts).step(orientation.step, of: shownCase))
            if orientation.step == 4 { showCurrentDecision() }
        }
        guard question.role != .proposalDecision else { return }
        let optional = question.optional ? " " + texts(.optionalMark) : ""
        console.write("\n" + question.prompt.text(in: language) + optional + "\n")
    }

    private func showCurrentDecision() {
        guard let current = DecisionLog(caseFile: shownCase, route: route).current else {
            return say(.intervisionNoDecision)
        }
        say(.intervisionCurrentDecision, [
            "date": RecordDate(texts: texts).long(current.day), "decision": current.decision,
        ])
    }
}
