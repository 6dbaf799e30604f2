/// A usage error as she reads it: what is wrong, a suggestion when there is one, the usage of
/// the command, and where to read more. Goes to standard error.
public struct UsageErrorText: Sendable {
    public let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public func describe(_ error: UsageError) -> String {
        var lines = [texts(.errorPrefix) + " " + problem(error)]
        if let suggestion = suggestion(error) { lines.append(texts(.didYouMean, ["suggestion": suggestion])) }
        if let command = error.command, let spec = CommandSpec.named(command.rawValue) {
            lines.append(texts(.helpUsageLabel) + " " + HelpText(texts: texts).usage(spec))
            lines.append(texts(.seeCommandHelp, ["command": command.rawValue]))
        } else {
            lines.append(texts(.helpUsageLabel) + " " + HelpText(texts: texts).generalUsage)
            lines.append(texts(.seeHelp))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func problem(_ error: UsageError) -> String {
        switch error {
        case .unknownCommand(let word, _): texts(.usageUnknownCommand, ["command": word])
        case .unknownOption(let option, _, _): texts(.usageUnknownOption, ["option": option])
        case .missingValue(let option, _): texts(.usageMissingValue, ["option": option])
        case .missingArgument(let name, _): texts(.usageMissingArgument, ["argument": texts(name)])
        case .unexpectedArgument(let word, _): texts(.usageUnexpectedArgument, ["argument": word])
        case .invalidLanguage(let value): texts(.usageInvalidLanguage, ["value": value])
        case .unknownQuestion(let value, _): texts(.usageUnknownQuestion, ["value": value])
        case .invalidValue(let option?, let value, let allowed, _):
            texts(.usageInvalidValue, ["option": option, "value": value, "allowed": allowed.joined(separator: ", ")])
        case .invalidValue(nil, let value, let allowed, _):
            texts(.usageInvalidArgument, ["value": value, "allowed": allowed.joined(separator: ", ")])
        case .needsOption(let option, let needed, _): texts(.usageNeedsOption, ["option": option, "needed": needed])
        case .emptyFileName(let option, _): texts(.usageEmptyFileName, ["option": option])
        case .optionLikeFileName(let option, let value, _): texts(.usageOptionLikeFileName, ["option": option, "value": value])
        }
    }

    private func suggestion(_ error: UsageError) -> String? {
        switch error {
        case .unknownCommand(_, let suggestion), .unknownOption(_, _, let suggestion): suggestion
        default: nil
        }
    }
}
