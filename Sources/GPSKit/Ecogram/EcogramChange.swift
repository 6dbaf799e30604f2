/// One difference between two pictures of the network.
public enum EcogramChange: Sendable, Equatable {
    case added(Stakeholder)
    case removed(Stakeholder)
    /// The same person, with the fields that changed.
    case changed(Stakeholder, [FieldChange])

    public enum FieldChange: Sendable, Equatable {
        case category(from: StakeholderCategory, to: StakeholderCategory)
        case tie(from: Tie, to: Tie)
        case support(from: SupportDirection, to: SupportDirection)
        case context(from: HelpContext?, to: HelpContext?)
        case familyKnows(from: Bool?, to: Bool?)
    }

    /// What changed from `old` to `new`. People are matched by name, ignoring case and outer
    /// spaces; two people with the same name are matched in the order they were entered.
    public static func between(_ old: [Stakeholder], _ new: [Stakeholder]) -> [EcogramChange] {
        var unmatched = old
        var changes: [EcogramChange] = []
        for person in new {
            guard let index = unmatched.firstIndex(where: { key($0) == key(person) }) else {
                changes.append(.added(person))
                continue
            }
            let before = unmatched.remove(at: index)
            let fields = fieldChanges(before, person)
            if !fields.isEmpty { changes.append(.changed(person, fields)) }
        }
        return changes + unmatched.map(EcogramChange.removed)
    }

    private static func key(_ person: Stakeholder) -> String {
        person.name.trimmingScalars(in: .whitespacesAndNewlines).lowercased()
    }

    private static func fieldChanges(_ old: Stakeholder, _ new: Stakeholder) -> [FieldChange] {
        var fields: [FieldChange] = []
        if old.category != new.category { fields.append(.category(from: old.category, to: new.category)) }
        if old.tie != new.tie { fields.append(.tie(from: old.tie, to: new.tie)) }
        if old.support != new.support { fields.append(.support(from: old.support, to: new.support)) }
        if old.context != new.context { fields.append(.context(from: old.context, to: new.context)) }
        if old.familyKnows != new.familyKnows { fields.append(.familyKnows(from: old.familyKnows, to: new.familyKnows)) }
        return fields
    }
}
