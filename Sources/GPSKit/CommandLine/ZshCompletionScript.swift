/// The zsh completion script: `_arguments` specs for the global options and, once the command
/// word is there, for that command's options and arguments, with the summaries from the table.
struct ZshCompletionScript {
    let texts: MessageTable

    var rendered: String {
        var lines = [
            "#compdef gps",
            "# zsh completion for gps, made by `gps completions zsh` from its command table.",
            "",
            "_gps_case_ids() {",
            "  local -a ids",
            "  ids=(${(f)\"$(\(CompletionScript.caseIDsCommand))\"})",
            "  _wanted case-ids expl \(quoted(texts(.valueCaseID))) compadd -a ids",
            "}",
            "",
            "_gps_commands() {",
            "  local -a commands",
            "  commands=(",
        ]
        for spec in CommandSpec.all {
            for word in spec.words { lines.append("    " + quoted(word + ":" + texts(spec.summary))) }
        }
        lines += [
            "  )",
            "  _describe -t commands \(quoted(texts(.valueCommand))) commands",
            "}",
            "",
            "_gps() {",
            "  local curcontext=$curcontext state line",
            "  local -a global",
            "  global=(",
        ]
        lines += CommandSpec.globalOptions.flatMap(optionSpecs).map { "    " + $0 }
        lines += [
            "  )",
            "  _arguments -C $global '1: :_gps_commands' '*:: :->argument' && return",
            "  case $words[1] in",
        ]
        for spec in CommandSpec.all {
            let specs = ["$global"] + spec.options.flatMap(optionSpecs) + spec.arguments.enumerated().map(argumentSpec)
            lines.append("    " + spec.words.joined(separator: "|") + ")")
            lines.append("      _arguments " + specs.joined(separator: " \\\n        ") + " ;;")
        }
        lines += [
            "  esac",
            "}",
            "",
            "if [[ $funcstack[1] == _gps ]]; then _gps \"$@\"; else compdef _gps gps; fi",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One spec per spelling, each excluding the others: `'(--titel --title)--titel=[…]:TITEL: '`.
    private func optionSpecs(_ option: OptionSpec) -> [String] {
        let exclusions = "(" + option.names.joined(separator: " ") + ")"
        let description = "[" + escaped(texts(option.summary)) + "]"
        return option.names.map { name in
            guard let valueName = option.valueName else { return quoted(exclusions + name + description) }
            let form = name.hasPrefix("--") ? name + "=" : name + "+"
            return quoted(exclusions + form + description + ":" + escaped(texts(valueName)) + ":" + action(option.completion))
        }
    }

    private func argumentSpec(_ index: Int, _ argument: ArgumentSpec) -> String {
        let optional = argument.optional ? ":" : ""
        return quoted("\(index + 1):" + optional + escaped(texts(argument.valueName)) + ":" + action(argument.completion))
    }

    private func action(_ kind: ValueKind) -> String {
        switch kind {
        case .none: " "
        case .file: "_files"
        case .caseID: "_gps_case_ids"
        case .command: "_gps_commands"
        case .choice(let values): "(" + values.joined(separator: " ") + ")"
        }
    }

    /// `_arguments` reads `[`, `]` and `:` in a description as syntax unless escaped.
    private func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\[]:".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private func quoted(_ text: String) -> String { CompletionScript.singleQuoted(text) }
}
