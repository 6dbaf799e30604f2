/// `gps --help` and `gps help COMMAND`, made from the command table and the message table.
public struct HelpText: Sendable {
    public let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public var overview: String {
        var lines = [texts(.helpIntro), "", texts(.helpUsageLabel) + " " + generalUsage, ""]
        lines.append(texts(.helpCommandsLabel))
        lines += aligned(CommandSpec.all.map { spec in
            (spec.name.rawValue + (spec.aliases.isEmpty ? "" : " (\(spec.aliases.joined(separator: ", ")))"), texts(spec.summary))
        })
        lines += ["", texts(.helpGlobalOptionsLabel)]
        lines += optionLines(CommandSpec.globalOptions)
        lines += ["", texts(.helpExamplesLabel), texts(.helpExamples), "", texts(.helpFiles), "", texts(.helpExitCodesLabel)]
        lines += aligned(ExitStatus.allCases.map { (String($0.rawValue), texts(Self.key(for: $0))) })
        return lines.joined(separator: "\n") + "\n"
    }

    public func command(_ spec: CommandSpec) -> String {
        var lines = ["gps \(spec.name.rawValue) — \(texts(spec.summary))", "", texts(.helpUsageLabel) + " " + usage(spec)]
        if !spec.aliases.isEmpty {
            lines.append(texts(.helpAlsoLabel) + " " + spec.aliases.map { "gps \($0)" }.joined(separator: ", "))
        }
        lines += ["", texts(.helpOptionsLabel)]
        lines += optionLines(spec.options + CommandSpec.globalOptions)
        if let details = Self.details[spec.name] { lines += ["", texts(details)] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `gps <commando> [opties]`
    public var generalUsage: String {
        "gps <\(texts(.valueCommand))> [\(texts(.helpOptionsWord))]"
    }

    /// `gps rapport <casus-id> [-o BESTAND]`
    public func usage(_ spec: CommandSpec) -> String {
        let options = spec.options.map { option in
            "[" + option.names[0] + (option.valueName.map { " " + texts($0) } ?? "") + "]"
        }
        let arguments = spec.arguments.map { argument in
            argument.optional ? "[<\(texts(argument.valueName))>]" : "<\(texts(argument.valueName))>"
        }
        return (["gps", spec.name.rawValue] + options + arguments).joined(separator: " ")
    }

    static let details: [CommandName: MessageKey] = [
        .new: .commandNewDetails, .resume: .commandResumeDetails, .report: .commandReportDetails,
        .list: .commandListDetails, .check: .commandCheckDetails, .intervision: .commandIntervisionDetails,
        .completions: .commandCompletionsDetails, .manual: .commandManualDetails, .law: .lawCommandDetails,
        .export: .exportCommandDetails, .archive: .commandArchiveDetails,
    ]

    private func optionLines(_ options: [OptionSpec]) -> [String] {
        aligned(options.map { option in
            (option.names.joined(separator: ", ") + (option.valueName.map { " " + texts($0) } ?? ""), texts(option.summary))
        })
    }

    private func aligned(_ rows: [(String, String)]) -> [String] {
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count) + $0.1 }
    }

    static func key(for status: ExitStatus) -> MessageKey {
        switch status {
        case .success: .exitSuccess
        case .failure: .exitFailure
        case .usage: .exitUsage
        case .dataError: .exitDataError
        case .ioError: .exitIOError
        case .locked: .exitLocked
        case .interrupted: .exitInterrupted
        case .terminated: .exitTerminated
        }
    }
}
