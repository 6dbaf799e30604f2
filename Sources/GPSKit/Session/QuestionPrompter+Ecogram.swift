import Foundation

/// The ecogram questions asked right after each stakeholder: category, tie, support, and for
/// parties outside the family the help context and whether the family knows. Every question
/// has a default, so Enter is enough when the guess is right.
extension QuestionPrompter {
    /// The ecogram questions as fields of a stakeholder: category, then, outside the client,
    /// tie and support, the help context for services, and whether the family knows.
    var ecogramFields: [Field<Stakeholder>] {
        [
            Field(key: "category", ask: askCategory),
            Field(key: "tie", applies: { $0.category != .client }) { person in
                pickInto(&person.tie, .stakeholderTie, Tie.allCases, \.name)
            },
            Field(key: "support", applies: { $0.category != .client }) { person in
                pickInto(&person.support, .stakeholderSupport, SupportDirection.allCases, \.name)
            },
            Field(key: "context", applies: { $0.category != .client && $0.hasHelpContext }, ask: askContext),
            Field(key: "familyKnows", applies: { $0.category != .client && $0.isOutsideTheFamily }) { person in
                switch askFamilyKnows(["name": SentenceName.inSentence(person.name, language: texts.language)], default: person.familyKnows ?? true) {
                case .success(let knows):
                    person.familyKnows = knows
                    return nil
                case .failure(let interruption): return interruption.reply
                }
            },
        ]
    }

    /// Offers the category guessed from the name and relation she typed, with its usual tie
    /// and support.
    private func askCategory(of person: inout Stakeholder) -> Reply? {
        person = Stakeholder(name: person.name, relation: person.relation, interest: person.interest, expects: person.expects)
        switch pick(.stakeholderCategory, ["name": SentenceName.inSentence(person.name, language: texts.language)], StakeholderCategory.allCases, \.name, default: person.category) {
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
        switch pick(.stakeholderContext, [:], options, { $0?.name ?? .contextUnknown }, default: person.context ?? likelyContext(of: person)) {
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

    /// Forced for justice and for services whose name or relation says so (youth court,
    /// probation); voluntary otherwise. Only a proposal: "weet ik niet" stays possible.
    private func likelyContext(of person: Stakeholder) -> HelpContext {
        let words = person.name + ". " + person.relation
        return person.category == .society || !TextSignals.embedded.hits(.forcedHelp, in: words).isEmpty ? .forced : .voluntary
    }

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
        if let number = Int(typed) { return labels.indices.contains(number - 1) ? number - 1 : nil }
        let wanted = typed.lowercased()
        guard wanted.count >= 2 else { return nil }
        let fits = labels.indices.filter { labels[$0].lowercased().hasPrefix(wanted) }
        return fits.count == 1 ? fits[0] : nil
    }
}
