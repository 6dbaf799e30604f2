/// What changed in the network, one Markdown-safe line per person.
struct EcogramChangeText {
    let texts: MessageTable

    func lines(_ changes: [EcogramChange]) -> [String] {
        changes.map { change in
            switch change {
            case .added(let person): texts(.ecogramAdded, ["name": label(person)])
            case .removed(let person): texts(.ecogramRemoved, ["name": label(person)])
            case .changed(let person, let fields):
                texts(.ecogramChanged, ["name": label(person), "what": fields.map(describe).joined(separator: "; ")])
            }
        }
    }

    private func label(_ person: Stakeholder) -> String { EcogramLabel.oneLine(person.name) }

    private func describe(_ field: EcogramChange.FieldChange) -> String {
        switch field {
        case .category(let old, let new): moved(texts(old.name), texts(new.name))
        case .tie(let old, let new): moved(texts(old.name), texts(new.name))
        case .support(let old, let new): moved(texts(old.name), texts(new.name))
        case .context(let old, let new): moved(context(old), context(new))
        case .familyKnows(let old, let new): moved(knows(old), knows(new))
        }
    }

    private func moved(_ old: String, _ new: String) -> String {
        texts(.ecogramChangeValue, ["old": old, "new": new])
    }

    private func context(_ value: HelpContext?) -> String {
        value.map { texts($0.name) } ?? texts(.ecogramUnknownContext)
    }

    private func knows(_ value: Bool?) -> String {
        switch value {
        case true?: texts(.familyKnows)
        case false?: texts(.familyDoesNotKnow)
        case nil: texts(.ecogramUnknownContext)
        }
    }
}
