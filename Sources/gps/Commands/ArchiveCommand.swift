import Foundation
import GPSKit

/// `gps archief koppel|deel|haal|zoek|toon`: the organisation's shared archive of anonymous
/// records, a git repository cloned into the data folder. The work is `ArchiveRepository`'s;
/// this reads the command line and says what happened.
struct ArchiveCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let typed = invocation.arguments[0]
        guard let action = ArchiveAction(word: typed) else {
            throw UsageError.invalidValue(
                option: nil, value: typed, allowed: ArchiveAction.allCases.map(\.rawValue), command: .archive)
        }
        let target = invocation.arguments.count > 1 ? invocation.arguments[1] : nil
        if action.needsTarget, target == nil { throw UsageError.missingArgument(.archiveValueTarget, command: .archive) }
        if action == .pull, let target { throw UsageError.unexpectedArgument(target, command: .archive) }
        if action != .search, let option = Self.searchOptions.first(where: { invocation.value($0.id) != nil }) {
            throw UsageError.unexpectedArgument(option.names[0], command: .archive)
        }
        let repository = ArchiveRepository(
            places: ArchivePlaces(environment: context.environment), git: ProcessGitRunner(environment: context.environment),
            environment: context.environment)
        switch action {
        case .connect: return try connect(target!, repository)
        case .share: return try share(target!, repository)
        case .pull: return try pull(repository)
        case .search: return try search(target, repository)
        case .show:
            context.terminal.write(try repository.record(target!))
            return .success
        }
    }

    static let searchOptions: [OptionSpec] = [.article, .rule, .verdict, .value, .fromMonth, .untilMonth]

    private func connect(_ location: String, _ repository: ArchiveRepository) throws -> ExitStatus {
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        switch try repository.connect(location, workingDirectory: folder) {
        case .created(let location): context.say(.archiveCreated, ["location": location])
        case .cloned(let location):
            context.say(.archiveConnected, ["location": location, "folder": repository.places.clone.path])
        case .alreadyConnected(let location): context.say(.archiveAlreadyConnected, ["location": location])
        }
        return .success
    }

    private func share(_ typed: String, _ repository: ArchiveRepository) throws -> ExitStatus {
        let caseFile = try context.store.load(typed)
        var map = try ArchiveIDMap(url: repository.places.idMap)
        let known = map.archiveID(for: caseFile.id)
        var generator = SystemRandomNumberGenerator()
        let archiveID = known ?? freshID(in: repository, using: &generator)
        let today = context.today
        let record = ArchiveRecord(
            caseFile, archiveID: archiveID, questionnaire: try context.route(caseFile.route), rulebook: try Rulebook.embedded(),
            texts: context.texts, today: today)
        // The repository checks again before it writes; here the refusal gets her case id.
        let leaks = ArchiveGate.leaks(in: record, of: caseFile, today: today)
        guard leaks.isEmpty else {
            context.terminal.error(ArchiveErrorText.refusal(leaks, caseID: caseFile.id.rawValue, context.texts) + "\n")
            return .failure
        }
        // As `export --anoniem` says it, and under --stil too: what leaves for the organisation.
        context.warn(record.unlistedNameLines)
        try repository.prepareToShare()
        // Remembered before the commit: an id kept for a share that then fails is reused next
        // time, while a commit without its id would make a second record of the same case.
        if known == nil { try map.remember(archiveID, for: caseFile.id) }
        let outcome = try repository.share(record, of: caseFile, today: today)
        let key: MessageKey = !outcome.changed ? .archiveUnchanged : outcome.isNew ? .archiveShared : .archiveUpdated
        context.say(key, ["aid": archiveID])
        say(outcome.push)
        return .success
    }

    /// A new random id that no record in her copy has.
    private func freshID(in repository: ArchiveRepository, using generator: inout some RandomNumberGenerator) -> String {
        while true {
            let id = ArchiveID.make(using: &generator)
            if !FileManager.default.fileExists(atPath: repository.places.summary(id).path) { return id }
        }
    }

    private func pull(_ repository: ArchiveRepository) throws -> ExitStatus {
        let outcome = try repository.pull()
        let count = ["new": String(outcome.newRecords), "count": String(outcome.records)]
        let key: MessageKey = switch outcome.newRecords {
        case 0: .archivePulledNone
        case 1: .archivePulledOne
        default: .archivePulledNew
        }
        context.say(key, count)
        say(outcome.push)
        return .success
    }

    private func say(_ push: ArchiveRepository.PushOutcome) {
        switch push {
        case .pushed: context.say(.archivePushed)
        case .nothingToPush: break
        case .keptLocally(let detail): context.say(.archiveKeptLocally, ["detail": ArchiveErrorText.clause(detail)])
        }
    }

    private func search(_ text: String?, _ repository: ArchiveRepository) throws -> ExitStatus {
        let query = ArchiveQuery(
            text: text, article: invocation.value(.article), rule: invocation.value(.rule), verdict: try verdict(),
            value: invocation.value(.value), from: try month(.fromMonth), until: try month(.untilMonth))
        let matches = try repository.index().search(query)
        var lines: [String] = []
        for match in matches {
            lines.append("\(match.archiveID)  \(match.month)  \(match.title)")
            lines.append("    " + Self.shortened(match.line))
        }
        context.terminal.write(lines.map { $0 + "\n" }.joined())
        switch matches.count {
        case 0: context.note(.archiveFoundNone)
        case 1: context.note(.archiveFoundOne)
        default: context.note(.archiveFound, ["count": String(matches.count)])
        }
        return .success
    }

    private static func shortened(_ line: String) -> String {
        line.count > 160 ? String(line.prefix(159)) + "…" : line
    }

    private func verdict() throws -> ArchiveVerdict? {
        guard let typed = invocation.value(.verdict) else { return nil }
        guard let verdict = ArchiveVerdict(word: typed) else {
            throw UsageError.invalidValue(
                option: OptionSpec.verdict.names[0], value: typed, allowed: ArchiveVerdict.allCases.map(\.rawValue),
                command: .archive)
        }
        return verdict
    }

    private func month(_ option: OptionID) throws -> String? {
        guard let typed = invocation.value(option) else { return nil }
        guard ArchiveQuery.isMonth(typed) else {
            let name = CommandSpec.allOptions.first { $0.id == option }!.names[0]
            throw UsageError.invalidValue(option: name, value: typed, allowed: [context.texts(.archiveValueMonth)], command: .archive)
        }
        return typed
    }
}
