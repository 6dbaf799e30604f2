/// The bash completion script: finds the command word and the argument's position, then offers
/// the words the command table allows there. Written to pass `bash -n` and `shellcheck`.
struct BashCompletionScript {
    var rendered: String {
        var lines = [
            "# bash completion for gps, made by `gps aanvulling bash` from its command table.",
            "_gps_offer() {",
            "    mapfile -t COMPREPLY < <(compgen -W \"$2\" -- \"$1\")",
            "}",
            "",
            "_gps() {",
            "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
            "    local command=\"\" position=0 i",
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        case ${COMP_WORDS[i]} in",
            "            \(patterns(valueOptionNames))) ((i++)) ;;",
            "            -*) ;;",
            "            *) if [[ -z $command ]]; then command=${COMP_WORDS[i]}; else ((position++)); fi ;;",
            "        esac",
            "    done",
            "    case $prev in",
        ]
        for option in CommandSpec.allOptions where option.takesValue {
            lines.append("        \(patterns(option.names))) \(offer(option.completion)); return ;;")
        }
        lines += [
            "    esac",
            "    if [[ $cur == -* ]]; then",
            "        case $command in",
        ]
        for spec in CommandSpec.all {
            let names = (spec.options + CommandSpec.globalOptions).flatMap(\.names)
            lines.append("            \(patterns(spec.words))) _gps_offer \"$cur\" \(quoted(names)) ;;")
        }
        lines += [
            "            *) _gps_offer \"$cur\" \(quoted(CommandSpec.globalOptions.flatMap(\.names))) ;;",
            "        esac",
            "        return",
            "    fi",
            "    case $command in",
            "        '') _gps_offer \"$cur\" \(quoted(CompletionScript.commandWords)) ;;",
        ]
        for spec in CommandSpec.all where !spec.arguments.isEmpty {
            let positions = spec.arguments.enumerated().map { index, argument in "\(index)) \(offer(argument.completion)) ;;" }
            lines.append("        \(patterns(spec.words))) case $position in \(positions.joined(separator: " ")) esac ;;")
        }
        lines += [
            "    esac",
            "}",
            "",
            "complete -F _gps gps",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private var valueOptionNames: [String] {
        CommandSpec.allOptions.filter(\.takesValue).flatMap(\.names)
    }

    private func offer(_ kind: ValueKind) -> String {
        switch kind {
        case .none: ":"
        case .file: "compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")"
        case .caseID: "_gps_offer \"$cur\" \"$(\(CompletionScript.caseIDsCommand))\""
        case .command: "_gps_offer \"$cur\" \(quoted(CompletionScript.commandWords))"
        case .choice(let values): "_gps_offer \"$cur\" \(quoted(values))"
        }
    }

    private func patterns(_ words: [String]) -> String {
        words.map(CompletionScript.singleQuoted).joined(separator: "|")
    }

    private func quoted(_ words: [String]) -> String {
        CompletionScript.singleQuoted(words.joined(separator: " "))
    }
}
