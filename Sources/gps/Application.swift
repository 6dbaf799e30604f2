import Foundation
import GPSKit

/// Reads the command line, runs the command, and turns every error into a message on
/// standard error and an exit status. The only place that decides how `gps` ends.
struct Application {
    let arguments: [String]
    let environment: [String: String]

    func run() -> ExitStatus {
        let terminal = Terminal(environment: environment)
        var texts = MessageTable.embedded(Language.resolve(option: nil, environment: environment) ?? .nl)
        do {
            if let typed = LanguageOption.find(in: arguments) {
                guard let language = Language.resolve(option: typed, environment: environment) else {
                    throw UsageError.invalidLanguage(typed)
                }
                texts = MessageTable.embedded(language)
            }
            let invocation = try ArgumentParser.parse(arguments)
            terminal.policy.quiet = invocation.has(.quiet)
            let context = CommandContext(texts: texts, environment: environment, terminal: terminal)
            return try dispatch(invocation, context: context)
        } catch let error as UsageError {
            terminal.error(UsageErrorText(texts: texts).describe(error), prefix: texts(.errorPrefix))
            return .usage
        } catch {
            let report = ErrorReport(error, texts: texts)
            terminal.error(texts(.errorPrefix) + " " + report.message + "\n", prefix: texts(.errorPrefix))
            return report.status
        }
    }

    private func dispatch(_ invocation: Invocation, context: CommandContext) throws -> ExitStatus {
        let help = HelpText(texts: context.texts)
        if invocation.has(.version) {
            context.terminal.write(GPSVersion.text(rulebookDate: Rulebook.embeddedStatusDate, texts: context.texts))
            return .success
        }
        guard let command = invocation.command else {
            context.terminal.write(help.overview)
            return .success
        }
        if invocation.has(.help), let spec = CommandSpec.named(command.rawValue) {
            context.terminal.write(help.command(spec))
            return .success
        }
        switch command {
        case .new: return try NewCommand(context: context, invocation: invocation).run()
        case .resume: return try ResumeCommand(context: context, invocation: invocation).run()
        case .report: return try ReportCommand(context: context, invocation: invocation).run()
        case .export: return try ExportCommand(context: context, invocation: invocation).run()
        case .check: return try CheckCommand(context: context, invocation: invocation).run()
        case .intervision: return try IntervisionCommand(context: context, invocation: invocation).run()
        case .law: return try LawCommand(context: context, invocation: invocation).run()
        case .list: return ListCommand(context: context, invocation: invocation).run()
        case .ecogram: return try EcogramCommand(context: context, invocation: invocation).run()
        case .help: return try HelpCommand(context: context, invocation: invocation).run()
        case .completions: return try CompletionsCommand(context: context, invocation: invocation).run()
        case .manual: return ManualCommand(context: context).run()
        case .archive: return try ArchiveCommand(context: context, invocation: invocation).run()
        }
    }
}

/// Finds `--taal` before full parsing, so even a usage error is reported in her language.
enum LanguageOption {
    static func find(in arguments: [String]) -> String? {
        let names = OptionSpec.language.names
        for (index, word) in arguments.enumerated() {
            if word == "--" { return nil }
            if names.contains(word) { return arguments.indices.contains(index + 1) ? arguments[index + 1] : nil }
            for name in names where word.hasPrefix(name + "=") { return String(word.dropFirst(name.count + 1)) }
        }
        return nil
    }
}
