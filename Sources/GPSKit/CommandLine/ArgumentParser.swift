/// Reads `gps` arguments by the table in `CommandSpec`: `--name value`, `--name=value`, `-o value`,
/// `--` to end options, options before or after the command.
public enum ArgumentParser {
    public static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var invocation = Invocation()
        var spec: CommandSpec?
        var remaining = arguments[...]
        var optionsEnded = false
        while let word = remaining.popFirst() {
            if !optionsEnded, word == "--" {
                optionsEnded = true
            } else if !optionsEnded, word.hasPrefix("-"), word.count > 1 {
                try readOption(word, spec: spec, from: &remaining, into: &invocation)
            } else if spec == nil, invocation.command == nil {
                guard let named = CommandSpec.named(word) else {
                    throw .unknownCommand(word, suggestion: Suggestion.closest(to: word, in: CommandSpec.all.flatMap(\.words)))
                }
                spec = named
                invocation.command = named.name
            } else {
                invocation.arguments.append(word)
            }
        }
        if let spec { try checkArguments(invocation, spec: spec) }
        return invocation
    }

    private static func readOption(
        _ word: String, spec: CommandSpec?, from remaining: inout ArraySlice<String>, into invocation: inout Invocation
    ) throws(UsageError) {
        let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts[0]
        let known = CommandSpec.globalOptions + (spec?.options ?? [])
        guard let option = known.first(where: { $0.names.contains(name) }) else {
            let allNames = known.flatMap(\.names)
            throw .unknownOption(name, command: spec?.name, suggestion: Suggestion.closest(to: name, in: allNames))
        }
        guard option.takesValue else {
            if parts.count > 1 { throw .unexpectedArgument(word, command: spec?.name) }
            invocation.flags.insert(option.id)
            return
        }
        let value: String
        if parts.count > 1 {
            value = parts[1]
        } else if let next = remaining.popFirst() {
            value = next
        } else {
            throw .missingValue(option: name, command: spec?.name)
        }
        if option.valueName == .valueFile, value.isEmpty { throw .emptyFileName(option: name, command: spec?.name) }
        // `-o --` or `-o -q` is a slip of the hand; "-" alone means standard output.
        if option.id == .output, value.hasPrefix("-"), value != "-" {
            throw .optionLikeFileName(option: name, value: value, command: spec?.name)
        }
        invocation.values[option.id] = value
    }

    private static func checkArguments(_ invocation: Invocation, spec: CommandSpec) throws(UsageError) {
        // With --help she asks how to use the command: show that, whatever else is on the line.
        guard !invocation.has(.help) else { return }
        let needed = spec.arguments.filter { !$0.optional }.count
        if invocation.arguments.count > spec.arguments.count {
            throw .unexpectedArgument(invocation.arguments[spec.arguments.count], command: spec.name)
        }
        if invocation.arguments.count < needed {
            throw .missingArgument(spec.arguments[invocation.arguments.count].valueName, command: spec.name)
        }
    }
}
