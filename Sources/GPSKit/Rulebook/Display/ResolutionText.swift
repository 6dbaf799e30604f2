/// What a citation that is not simply right means, in one sentence with its confidence.
public struct ResolutionText: Sendable {
    public let wording: LawWording

    public init(wording: LawWording) {
        self.wording = wording
    }

    private var texts: MessageTable { wording.texts }

    /// nil for a citation of a provision the rulebook has (nothing to explain). `cited` is the
    /// number or phrase as GPS read it.
    public func note(for resolution: Resolution, cited: String) -> String? {
        switch resolution {
        case .provision:
            return nil
        case .misCitation(let citation):
            let sentence = texts(.lawMisCitation, [
                "cited": cited, "meant": wording.name(ofProvision: citation.means), "why": wording.localized(citation.why),
            ])
            return wording.fact(sentence, citation.confidence)
        case .oldNumberUnderNewCode(let id):
            return texts(.lawOldNumberUnderNewCode, ["cited": cited, "meant": wording.name(ofProvision: id)])
        case .mappingOnly(let rows, _):
            let subjects = rows.compactMap { id in wording.rulebook.mapping.first { $0.id == id } }
                .map { wording.fact(wording.localized($0.subject), $0.confidence) }
            return texts(.lawMappingOnly, ["cited": cited, "subject": subjects.joined(separator: "; ")])
        case .notInRulebook(let nearest?):
            return texts(.lawNotInRulebook, ["cited": cited, "nearest": wording.name(ofProvision: nearest)])
        case .notInRulebook(nil):
            return texts(.lawNotInRulebookNewCode, ["cited": cited])
        case .otherInstrument(let instrument):
            return texts(.lawOtherInstrument, ["cited": cited, "instrument": wording.localized(instrument.name)])
        }
    }
}
