/// The ground of a step that tells someone something it needs one for, proposed from who
/// learns it: Enter takes the proposal.
extension QuestionPrompter {
    func askGround(of action: inout ActionItem) -> Reply? {
        let told = CaseEvidence.told(in: action, stakeholders: known.stakeholders)
        guard !told.isEmpty else {
            action.ground = nil
            return nil
        }
        let catalogue = GroundCatalogue.embedded
        let grounds = catalogue.grounds
        let recipients = told.compactMap { name in known.stakeholders.first { $0.name == name } }
        let proposal =
            action.ground.flatMap(catalogue.ground)
            ?? GroundProposal(catalogue: catalogue, signals: .embedded, acuteDanger: known.acuteDanger == true, selfHarm: known.selfHarm)
            .ground(for: recipients)
        say(.actionGround, ["names": SentenceName.list(told, language: texts.language)])
        for (offset, ground) in grounds.enumerated() {
            console.write("    \(offset + 1). \(ground.label.text(in: texts.language))\n")
        }
        if let proposal { console.write("    (" + texts(.defaultHint, ["value": proposal.label.text(in: texts.language)]) + ")\n") }
        while true {
            switch nextLine("  > ") {
            case .text(let text) where text.isEmpty && proposal != nil:
                action.ground = proposal?.id
                return nil
            case .text("-"):
                action.ground = nil
                return nil
            case .text(let text):
                if let index = Self.option(text, among: grounds.map { $0.label.text(in: texts.language) }) {
                    action.ground = grounds[index].id
                    return nil
                }
                say(.invalidGround, ["count": String(grounds.count)])
            case let reply:
                return reply
            }
        }
    }
}
