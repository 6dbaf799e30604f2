import Foundation
import GPSKit
import GPSTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The partnergeweld example typed into the real wizard, stopped after every answer in turn.
/// Each stop is followed by `gps verder`, which must open at the next question, and which is
/// itself stopped after that one: one chain of runs per way of stopping. After every stop the
/// case file must be valid, private, and hold exactly the answers given so far.
@Suite(.serialized) struct KillAtEveryQuestionTests {
    enum Stop: String, CaseIterable, CustomTestStringConvertible {
        case sigint, sigterm, sigkill, endOfInput
        var testDescription: String { rawValue }
    }

    @Test(arguments: Stop.allCases)
    func everyAnswerGivenBeforeTheStopIsThereAndVerderGoesOnFromTheNextQuestion(_ stop: Stop) throws {
        let example = try ExampleCase.read("partnergeweld")
        let questions = example.questionnaire.questions.filter { $0.applies(to: example.caseFile) }
        let scripts = [[example.title]] + questions.map { TypingPlan.lines(for: $0, in: example.caseFile) }
        let folder = FaultGPS.freshDataFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = FaultGPS.environment(dataFolder: folder)
        var id: String?

        // Point 0 is the title; point k the k-th question. After the last one the case is finished.
        for point in 0..<questions.count {
            let arguments = id.map { ["verder", $0] } ?? ["nieuw"]
            let live = try LiveGPS(arguments, environment: environment)
            var offset = 0
            if point > 0 {
                let first = try #require(live.waitFor(#"[0-9]+ van [0-9]+ in totaal"#), "no question shown at \(point)")
                #expect(first.match.hasPrefix("\(point) van"), "verder opened at \(first.match), expected question \(point)")
                offset = first.end
            }
            live.send(scripts[point])
            if stop == .endOfInput { live.closeInput() }
            let next = live.waitFor(#"· \#(point + 1) van [0-9]+ in totaal"#, after: offset)
            #expect(next != nil, "question \(point + 1) never came after point \(point) (\(stop))")
            switch stop {
            case .sigint: live.signal(SIGINT)
            case .sigterm: live.signal(SIGTERM)
            case .sigkill: live.signal(SIGKILL)
            case .endOfInput: break
            }
            let ending = live.finish(closingInput: stop == .endOfInput)
            try expect(ending, after: stop, at: point)
            if id == nil { id = try #require(ending.stdout.firstMatch(of: /Casus ([0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+)/)?.1).map(String.init) }
            try expectAnswers(of: try #require(id), in: folder, upTo: point, of: questions, from: example.caseFile)
        }
    }

    private func expect(_ ending: LiveGPS.Ending, after stop: Stop, at point: Int) throws {
        let context = Comment(rawValue: "\(stop) at \(point): \(ending.stderr)")
        switch stop {
        case .sigint:
            #expect(ending.reason == .exit && ending.status == 130, context)
            #expect(ending.stderr.contains("Onderbroken"), context)
        case .sigterm:
            #expect(ending.reason == .exit && ending.status == 143, context)
            #expect(ending.stderr.contains("Onderbroken"), context)
        case .sigkill:
            #expect(ending.reason == .uncaughtSignal && ending.status == SIGKILL, context)
        case .endOfInput:
            #expect(ending.reason == .exit && ending.status == 0, context)
            #expect(ending.stdout.contains("Einde van de invoer"), context)
        }
    }

    private func expectAnswers(
        of id: String, in folder: URL, upTo point: Int, of questions: [Question], from example: CaseFile
    ) throws {
        let cases = folder.appending(path: "cases")
        let path = cases.appending(path: "\(id).json").path
        #expect(FaultGPS.mode(of: path) == 0o600)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "not JSON after point \(point)")
        let saved = try CaseStore(folder: cases).load(id)
        let given = questions.prefix(point)
        for question in given {
            #expect(saved.answers[question.id] == example.answers[question.id], "\(question.id) after point \(point)")
        }
        let later = Set(questions.dropFirst(point).map(\.id))
        #expect(Set(saved.answers.keys).isDisjoint(with: later), "answers beyond point \(point)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cases.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
