/// What GPS proposes for a stakeholder's place in the ecogram, from what she typed: the
/// category guessed from name and relation, its usual tie and support, the likely help context,
/// and that the family knows. The wizard offers it on one line; Enter takes it.
extension Stakeholder {
    public var ecogramProposal: Stakeholder {
        var proposed = Stakeholder(name: name, relation: relation, interest: interest, expects: expects)
        if proposed.category != .client && proposed.hasHelpContext { proposed.context = proposed.likelyContext }
        if proposed.category != .client && proposed.isOutsideTheFamily { proposed.familyKnows = true }
        return proposed
    }

    /// Forced for justice and for services whose name or relation says so (youth court,
    /// probation); voluntary otherwise. Only a proposal: "weet ik niet" stays possible.
    var likelyContext: HelpContext {
        let words = name + ". " + relation
        return category == .society || !TextSignals.embedded.hits(.forcedHelp, in: words).isEmpty ? .forced : .voluntary
    }
}
