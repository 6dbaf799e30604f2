import Foundation
import GPSKit

/// `gps intervisie ID` (`replay`): an intervision group replays a saved case. An interrupted
/// session goes on; otherwise a new one starts, dated today.
struct IntervisionCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() throws -> ExitStatus {
        let caseFile = try context.store.load(invocation.arguments[0])
        return try IntervisionRun(context: context).start(caseFile)
    }
}

/// Runs the replay for `intervisie` and for `verder` on a case with an unfinished intervision.
struct IntervisionRun {
    let context: CommandContext

    func start(_ caseFile: CaseFile) throws -> ExitStatus {
        let id = caseFile.id.rawValue
        let texts = context.texts
        guard let guide = try QuestionnaireLibrary.embedded().intervisionGuide else {
            throw UnknownRouteError(route: QuestionnaireLibrary.intervisionGuideID, known: [])
        }
        var replay = IntervisionReplay(
            caseFile: caseFile, route: try context.route(caseFile.route), guide: guide,
            day: CaseDay(context.now(), in: .current), console: context.terminal, texts: texts, clock: context.now,
            save: { [store = context.store] caseFile throws(CaseStoreError) in try store.save(caseFile) })
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
