import Foundation

/// The ecogram questions asked right after each stakeholder: category, tie, support, and for
/// parties outside the family the help context and whether the family knows. GPS proposes all
/// of them on one line first; Enter takes it, and only `a` asks them one by one, each with its
/// proposal as the default.
extension QuestionPrompter {
    /// Whether she took GPS's proposal for the entry being asked; the fields one by one are asked
    /// only when she did not. Fresh for each question, so a resumed entry asks what is left.
    final class ProposalTaken {
        var taken = false
    }

    /// The ecogram questions as fields of a stakeholder: the proposal, then (if she adjusts it)
    /// category, outside the client tie and support, the help context for services, and whether
    /// the family knows.
    var ecogramFields: [Field<Stakeholder>] {
        let proposal = ProposalTaken()
        let adjusting = { (person: Stakeholder) in !proposal.taken }
        return [
            Field(key: "ecogram") { person in askProposal(for: &person, taken: proposal) },
            Field(key: "category", applies: adjusting, ask: askCategory),
            Field(key: "tie", applies: { adjusting($0) && $0.category != .client }) { person in
                pickInto(&person.tie, .stakeholderTie, Tie.allCases, \.name)
            },
            Field(key: "support", applies: { adjusting($0) && $0.category != .client }) { person in
                pickInto(&person.support, .stakeholderSupport, SupportDirection.allCases, \.name)
            },
            Field(key: "context", applies: { adjusting($0) && $0.category != .client && $0.hasHelpContext }, ask: askContext),
            Field(key: "familyKnows", applies: { adjusting($0) && $0.category != .client && $0.isOutsideTheFamily }) { person in
                let name = SentenceName.inSentence(person.name, language: texts.language)
                switch askFamilyKnows(["name": name], default: person.familyKnows ?? true) {
                case .success(let knows):
                    person.familyKnows = knows
                    return nil
                case .failure(let interruption): return interruption.reply
                }
            },
        ]
    }

    /// Everything the ecogram needs, guessed from what she typed, on one line.
    private func askProposal(for person: inout Stakeholder, taken: ProposalTaken) -> Reply? {
        let proposed = person.ecogramProposal
        say(.ecogramProposal, ["proposal": describe(proposed)])
        while true {
            console.write(texts(.ecogramProposalAsk) + "\n")
            switch nextLine("  > ") {
            case .text(let text) where text.isEmpty || ChoiceInput.yesNo(text) == true || text.lowercased() == "klopt":
                person = proposed
                taken.taken = true
                return nil
            case .text(let text) where ["a", "aanpassen", "adjust"].contains(text.lowercased()) || ChoiceInput.yesNo(text) == false:
                taken.taken = false
                return nil
            case .text:
                say(.ecogramProposalInvalid)
            case let reply:
                return reply
            }
        }
    }

    /// "andere diensten · zwakke band · steun naar de cliënt · vrijwillige hulp · het gezin weet ervan"
    private func describe(_ person: Stakeholder) -> String {
        var parts = [texts(person.category.name)]
        if person.category != .client { parts += [texts(person.tie.name), texts(person.support.name)] }
        if let context = person.context { parts.append(texts(context.name)) }
        if person.familyKnows == true { parts.append(texts(.ecogramFamilyKnowsYes)) }
        return parts.joined(separator: " · ")
    }

    /// Offers the category guessed from the name and relation she typed, with its usual tie
    /// and support.
    private func askCategory(of person: inout Stakeholder) -> Reply? {
        person = Stakeholder(name: person.name, relation: person.relation, interest: person.interest, expects: person.expects)
        let name = SentenceName.inSentence(person.name, language: texts.language)
        switch pick(.stakeholderCategory, ["name": name], StakeholderCategory.allCases, \.name, default: person.category) {
        case .success(let category):
            if category != person.category {
                person.category = category
                person.tie = category.usualTie
                person.support = category.usualSupport
            }
            return nil
        case .failure(let reply): return reply.reply
        }
    }

    private func askContext(of person: inout Stakeholder) -> Reply? {
        let options: [HelpContext?] = HelpContext.allCases + [nil]
        switch pick(.stakeholderContext, [:], options, { $0?.name ?? .contextUnknown }, default: person.context ?? person.likelyContext) {
        case .success(let context):
            person.context = context
            return nil
        case .failure(let reply): return reply.reply
        }
    }

    private func pickInto<Option: Equatable>(
        _ value: inout Option, _ prompt: MessageKey, _ options: [Option], _ name: (Option) -> MessageKey
    ) -> Reply? {
        switch pick(prompt, [:], options, name, default: value) {
        case .success(let picked):
            value = picked
            return nil
        case .failure(let reply): return reply.reply
        }
    }

    struct Interruption: Error { let reply: Reply }

    /// One option from a short numbered list; Enter keeps `fallback`.
    private func pick<Option: Equatable>(
        _ prompt: MessageKey, _ arguments: [String: String], _ options: [Option],
        _ name: (Option) -> MessageKey, default fallback: Option
    ) -> Swift.Result<Option, Interruption> {
        let labels = options.map { texts(name($0)) }
        // No-break spaces inside an option, so a narrow terminal wraps between options only.
        let menu = labels.enumerated().map { "\($0.offset + 1) \($0.element)".replacingOccurrences(of: " ", with: "\u{00A0}") }
            .joined(separator: " · ")
        let hint = texts(.defaultHint, ["value": texts(name(fallback))])
        while true {
            say(prompt, arguments)
            console.write("    " + menu + "\n    (" + hint + ")\n")
            switch nextLine("  > ") {
            case .text(let text) where text.isEmpty:
                return .success(fallback)
            case .text(let text):
                if let index = Self.option(text, among: labels) { return .success(options[index]) }
                say(.invalidOption)
            case let reply:
                return .failure(Interruption(reply: reply))
            }
        }
    }

    private func askFamilyKnows(_ arguments: [String: String], default fallback: Bool) -> Swift.Result<Bool, Interruption> {
        while true {
            say(.stakeholderFamilyKnows, arguments)
            console.write("    (" + texts(.defaultHint, ["value": texts(fallback ? .yes : .no)]) + ")\n")
            switch nextLine("  > ") {
            case .text(let text) where text.isEmpty: return .success(fallback)
            case .text(let text):
                if let value = ChoiceInput.yesNo(text) { return .success(value) }
                say(.invalidYesNo)
            case let reply: return .failure(Interruption(reply: reply))
            }
        }
    }

    /// A 1-based number, or the start of one label (at least two letters) that fits no other.
    static func option(_ typed: String, among labels: [String]) -> Int? {
        if Int(typed) != nil { return TypedNumber.index(typed, count: labels.count) }
        let wanted = typed.lowercased()
        guard wanted.count >= 2 else { return nil }
        let fits = labels.indices.filter { labels[$0].lowercased().hasPrefix(wanted) }
        return fits.count == 1 ? fits[0] : nil
    }
}
