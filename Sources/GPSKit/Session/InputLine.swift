import Foundation

/// A line she typed at a prompt: an answer, a request for help, a command, or end of input.
enum InputLine: Equatable {
    case text(String)
    case help
    case command(WizardCommand)
    case unknownCommand(String)
    case endOfInput
    /// `:e`: the answer so far, in her editor.
    case edit

    init(_ line: String?) {
        guard let line else {
            self = .endOfInput
            return
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "?" {
            self = .help
        } else if trimmed.hasPrefix(":"), trimmed.count > 1, !line.hasPrefix(" "),
            trimmed.dropFirst().allSatisfy(\.isLetter)
        {
            let word = trimmed.dropFirst().lowercased()
            if word == "hulp" || word == "help" {
                self = .help
            } else if ["e", "bewerk", "edit"].contains(word) {
                self = .edit
            } else {
                self = WizardCommand(word: word).map(InputLine.command) ?? .unknownCommand(trimmed)
            }
        } else {
            self = .text(line.trimmingCharacters(in: .whitespaces))
        }
    }
}

/// What she can ask the wizard to do instead of answering; Dutch words and English aliases.
public enum WizardCommand: String, Sendable, CaseIterable {
    case back
    case skip
    case stop

    init?(word: String) {
        switch word {
        case "terug", "back": self = .back
        case "over", "skip", "overslaan": self = .skip
        case "stop", "quit", "exit", "pauze": self = .stop
        default: return nil
        }
    }
}
