import Foundation
import GPSKit

/// `gps intervisie ID` (`replay`): an intervision group replays a saved case. An interrupted
/// session goes on; otherwise a new one starts, dated today.
struct IntervisionCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let locked = try context.store.open(invocation.arguments[0], now: context.now())
        return try IntervisionRun(context: context, locked: locked).start(try locked.load(), pseudonymised: invocation.has(.anonymousReplay))
    }
}

/// Runs the replay for `intervisie` and for `verder` on a case with an unfinished intervision.
struct IntervisionRun {
    let context: CommandContext
    let locked: LockedCase

    func start(_ caseFile: CaseFile, pseudonymised: Bool = false) throws -> ExitStatus {
        try IntervisionLimitReached.check(caseFile)
        let id = caseFile.id.rawValue
        let texts = context.texts
        guard let guide = try QuestionnaireLibrary.embedded().intervisionGuide else {
            throw UnknownRouteError(route: QuestionnaireLibrary.intervisionGuideID, known: [])
        }
        var replay = IntervisionReplay(
            caseFile: caseFile, route: try context.route(caseFile.route), guide: guide,
            day: context.today, console: context.terminal, texts: texts, clock: context.now, pseudonymised: pseudonymised,
            save: locked.saveUninterrupted)
        let outcome = try Interrupt.whileAsking(say: { texts(.intervisionInterrupted, ["id": id]) }) {
            try replay.run()
        }
        switch outcome {
        case .finished: break
        case .stopped: context.say(.intervisionStopped, ["id": id])
        case .endOfInput: context.say(.intervisionEndOfInput, ["id": id])
        case .nothingGiven: context.say(.intervisionNothingGiven, ["id": id])
        }
        return .success
    }
}
