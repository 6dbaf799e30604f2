/// The fish completion script: one `complete` line per command word, option spelling and
/// argument, with the summaries from the table as descriptions.
struct FishCompletionScript {
    let texts: MessageTable

    var rendered: String {
        var lines = [
            "# fish completion for gps, made by `gps completions fish` from its command table.",
            "complete -c gps -f",
        ]
        for spec in CommandSpec.all {
            for word in spec.words {
                lines.append("complete -c gps -n __fish_use_subcommand -a \(quoted(word)) -d \(quoted(texts(spec.summary)))")
            }
        }
        lines += CommandSpec.globalOptions.flatMap { option($0, condition: nil) }
        for spec in CommandSpec.all {
            let condition = "__fish_seen_subcommand_from " + spec.words.joined(separator: " ")
            lines += spec.options.flatMap { option($0, condition: condition) }
            for argument in spec.arguments {
                guard let values = values(argument.completion) else { continue }
                lines.append("complete -c gps -n \(quoted(condition)) \(values) -d \(quoted(texts(argument.valueName)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func option(_ option: OptionSpec, condition: String?) -> [String] {
        let when = condition.map { " -n " + quoted($0) } ?? ""
        // -x: a value is required and is not a file name; -r -F: a value that is one.
        let takes = switch (option.valueName, option.completion) {
        case (nil, _): ""
        case (_, .file): " -r -F"
        case (_, let kind): " -x" + (values(kind).map { " " + $0 } ?? "")
        }
        return option.names.map { name in
            let spelling = name.hasPrefix("--") ? "-l " + name.dropFirst(2) : "-s " + name.dropFirst(1)
            return "complete -c gps\(when) \(spelling)\(takes) -d \(quoted(texts(option.summary)))"
        }
    }

    private func values(_ kind: ValueKind) -> String? {
        switch kind {
        case .none: nil
        case .file: "-F"
        case .caseID: "-a " + quoted("(command -q gps; and \(CompletionScript.caseIDsCommand))")
        case .command: "-a " + quoted(CompletionScript.commandWords.joined(separator: " "))
        case .choice(let values): "-a " + quoted(values.joined(separator: " "))
        }
    }

    /// Fish single quotes: only `\` and `'` need a backslash.
    private func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
